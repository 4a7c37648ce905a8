package io.frontline.formats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.frontline.architecture.Layers.Module.FORMATS;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.frontline.architecture.Layers;
import org.junit.jupiter.api.Test;

/** The readers, writers and the import use the core only; the readers never reach up to the import. */
class FormatsArchitectureTest {
  private static final JavaClasses CLASSES = Layers.mainClasses();

  @Test
  void usesOnlyTheModulesBelow() {
    Layers.usesOnlyTheModulesBelow(FORMATS, CLASSES);
  }

  @Test
  void keepsWebFrameworksCommandLineAndDatabasesInTheirAdapters() {
    Layers.keepsTechnologiesInTheirAdapters(FORMATS, CLASSES);
  }

  @Test
  void hasNoCyclesBetweenPackages() {
    Layers.hasNoPackageCycles(CLASSES);
  }

  @Test
  void readersAndWritersDoNotReachUpToTheImport() {
    noClasses()
        .that()
        .resideInAPackage("io.frontline.formats..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.frontline.imports..")
        .check(CLASSES);
  }
}
