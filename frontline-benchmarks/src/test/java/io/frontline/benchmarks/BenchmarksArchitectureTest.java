package io.frontline.benchmarks;

import static io.frontline.architecture.Layers.Module.BENCHMARKS;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.frontline.architecture.Layers;
import org.junit.jupiter.api.Test;

/** The benchmarks sit on top: they may drive every module, and nothing depends on them. */
class BenchmarksArchitectureTest {
  private static final JavaClasses CLASSES = Layers.mainClasses();

  @Test
  void usesOnlyTheModulesBelow() {
    Layers.usesOnlyTheModulesBelow(BENCHMARKS, CLASSES);
  }

  @Test
  void keepsWebFrameworksCommandLineAndDatabasesInTheirAdapters() {
    Layers.keepsTechnologiesInTheirAdapters(BENCHMARKS, CLASSES);
  }

  @Test
  void hasNoCyclesBetweenPackages() {
    Layers.hasNoPackageCycles(CLASSES);
  }
}
