package io.frontline.render;

import static io.frontline.architecture.Layers.Module.RENDER;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.frontline.architecture.Layers;
import org.junit.jupiter.api.Test;

/** The renderer reads the engine's answers and draws: no store, no HTTP, no command line. */
class RenderArchitectureTest {
  private static final JavaClasses CLASSES = Layers.mainClasses();

  @Test
  void usesOnlyTheModulesBelow() {
    Layers.usesOnlyTheModulesBelow(RENDER, CLASSES);
  }

  @Test
  void keepsWebFrameworksCommandLineAndDatabasesInTheirAdapters() {
    Layers.keepsTechnologiesInTheirAdapters(RENDER, CLASSES);
  }

  @Test
  void hasNoCyclesBetweenPackages() {
    Layers.hasNoPackageCycles(CLASSES);
  }
}
