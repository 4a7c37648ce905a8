package io.frontline.bundled;

import static io.frontline.architecture.Layers.Module.DATA;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.frontline.architecture.Layers;
import org.junit.jupiter.api.Test;

/** The bundled data uses the core and the formats that read it, and nothing above. */
class DataArchitectureTest {
  private static final JavaClasses CLASSES = Layers.mainClasses();

  @Test
  void usesOnlyTheModulesBelow() {
    Layers.usesOnlyTheModulesBelow(DATA, CLASSES);
  }

  @Test
  void keepsWebFrameworksCommandLineAndDatabasesInTheirAdapters() {
    Layers.keepsTechnologiesInTheirAdapters(DATA, CLASSES);
  }

  @Test
  void hasNoCyclesBetweenPackages() {
    Layers.hasNoPackageCycles(CLASSES);
  }
}
