package io.frontline.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.frontline.architecture.Layers.Module.SERVER;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.frontline.architecture.Layers;
import org.junit.jupiter.api.Test;

/** The server adapts HTTP to the layers below; its jar holds no benchmark. */
class ServerArchitectureTest {
  private static final JavaClasses CLASSES = Layers.mainClasses();

  @Test
  void usesOnlyTheModulesBelow() {
    Layers.usesOnlyTheModulesBelow(SERVER, CLASSES);
  }

  @Test
  void keepsWebFrameworksCommandLineAndDatabasesInTheirAdapters() {
    Layers.keepsTechnologiesInTheirAdapters(SERVER, CLASSES);
  }

  @Test
  void hasNoCyclesBetweenPackages() {
    Layers.hasNoPackageCycles(CLASSES);
  }

  @Test
  void holdsNoBenchmarkCode() {
    noClasses()
        .should()
        .resideInAPackage("..bench..")
        .orShould()
        .haveSimpleNameContaining("Bench")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("io.frontline.benchmarks..")
        .because("load generators and peers live in frontline-benchmarks, not in the product")
        .check(CLASSES);
  }
}
