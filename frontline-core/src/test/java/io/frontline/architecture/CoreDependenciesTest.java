package io.frontline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core knows nothing of storage, formats, HTTP or the command line. */
class CoreDependenciesTest {
  @Test
  void coreDependsOnlyOnTheJdkJtsAndGeographicLib() {
    JavaClasses core = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.frontline");
    classes()
        .that()
        .resideInAPackage("io.frontline..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "org.locationtech.jts..",
            "net.sf.geographiclib..",
            "io.frontline.actors..",
            "io.frontline.basemap..",
            "io.frontline.control..",
            "io.frontline.figures..",
            "io.frontline.gazetteer..",
            "io.frontline.geometry..",
            "io.frontline.observations..",
            "io.frontline.refusals..",
            "io.frontline.events..",
            "io.frontline.sources..",
            "io.frontline.timeline..")
        .check(core);
  }
}
