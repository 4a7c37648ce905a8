package io.frontline.app;

import static io.frontline.architecture.Layers.Module.APP;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.frontline.architecture.Layers;
import org.junit.jupiter.api.Test;

/** The application layer uses the core and the adapters only, never the server or the command line. */
class AppArchitectureTest {
  private static final JavaClasses CLASSES = Layers.mainClasses();

  @Test
  void usesOnlyTheModulesBelow() {
    Layers.usesOnlyTheModulesBelow(APP, CLASSES);
  }

  @Test
  void keepsWebFrameworksCommandLineAndDatabasesInTheirAdapters() {
    Layers.keepsTechnologiesInTheirAdapters(APP, CLASSES);
  }

  @Test
  void hasNoCyclesBetweenPackages() {
    Layers.hasNoPackageCycles(CLASSES);
  }
}
