package io.frontline.cli;

import static io.frontline.architecture.Layers.Module.CLI;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.frontline.architecture.Layers;
import org.junit.jupiter.api.Test;

/** The command line adapts arguments to the layers below; it alone parses them. */
class CliArchitectureTest {
  private static final JavaClasses CLASSES = Layers.mainClasses();

  @Test
  void usesOnlyTheModulesBelow() {
    Layers.usesOnlyTheModulesBelow(CLI, CLASSES);
  }

  @Test
  void keepsWebFrameworksCommandLineAndDatabasesInTheirAdapters() {
    Layers.keepsTechnologiesInTheirAdapters(CLI, CLASSES);
  }

  @Test
  void hasNoCyclesBetweenPackages() {
    Layers.hasNoPackageCycles(CLASSES);
  }
}
