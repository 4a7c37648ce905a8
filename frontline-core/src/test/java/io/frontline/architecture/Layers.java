package io.frontline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The modules as layers, and the rules every module's architecture test checks against its own compiled classes
 * ({@code target/classes}, what its jar holds). A module uses only the modules below it: the core at the bottom; the
 * adapters (formats, store, data, render) above it, each using only the ones named in {@link Module#uses}; the
 * application layer above the adapters; the server and the command line above that; the benchmarks on top. Web
 * frameworks, the command-line parser and database drivers stay in the module that adapts them.
 */
public final class Layers {
  /** A Maven module, the packages it owns and the modules it may use. */
  public enum Module {
    CORE(List.of(
        "actors",
        "basemap",
        "control",
        "events",
        "figures",
        "gazetteer",
        "geometry",
        "observations",
        "refusals",
        "sources",
        "timeline")),
    FORMATS(List.of("formats", "imports"), CORE),
    STORE(List.of("store"), CORE),
    DATA(List.of("bundled"), CORE, FORMATS),
    RENDER(List.of("render"), CORE, FORMATS, DATA),
    APP(List.of("app"), CORE, FORMATS, STORE, DATA, RENDER),
    SERVER(List.of("server"), CORE, FORMATS, STORE, DATA, RENDER, APP),
    /** The command line starts the server ({@code frontline serve}): the one runnable jar holds both. */
    CLI(List.of("cli"), CORE, FORMATS, STORE, DATA, RENDER, APP, SERVER),
    BENCHMARKS(List.of("benchmarks"), CORE, FORMATS, STORE, DATA, RENDER, APP, SERVER, CLI);

    private final List<String> packages;
    private final Set<Module> uses;

    Module(List<String> packages, Module... uses) {
      this.packages = packages.stream().map(p -> "io.frontline." + p + "..").toList();
      this.uses = Set.of(uses);
    }

    public String[] packages() {
      return packages.toArray(String[]::new);
    }

    /** The packages of every other module this one may not use. */
    String[] forbidden() {
      return Stream.of(values())
          .filter(m -> m != this && !uses.contains(m))
          .flatMap(m -> m.packages.stream())
          .toArray(String[]::new);
    }
  }

  static final String[] HTTP = {"io.javalin..", "org.eclipse.jetty..", "jakarta.servlet.."};
  static final String[] COMMAND_LINE = {"picocli..", "me.tongfei.progressbar.."};
  /** JDBC and its drivers; not org.sqlite.util, with which the launcher places the driver's native library. */
  static final String[] JDBC = {
    "java.sql..",
    "javax.sql..",
    "org.sqlite",
    "org.sqlite.core..",
    "org.sqlite.jdbc3..",
    "org.sqlite.jdbc4..",
    "org.postgresql.."
  };

  private Layers() {}

  /** The module's own main classes, as its jar holds them (run from the module's directory, as Surefire does). */
  public static JavaClasses mainClasses() {
    Path classes = Path.of("target/classes");
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException("no compiled classes at " + classes.toAbsolutePath());
    }
    return new ClassFileImporter().importPath(classes);
  }

  /** Checks every rule for the module: its place in the layers, its technologies, no package cycles. */
  public static void check(Module module, JavaClasses classes) {
    if (classes.isEmpty()) {
      throw new IllegalStateException("no classes imported for " + module);
    }
    usesOnlyTheModulesBelow(module, classes);
    keepsTechnologiesInTheirAdapters(module, classes);
    hasNoPackageCycles(classes);
  }

  public static void usesOnlyTheModulesBelow(Module module, JavaClasses classes) {
    noClasses()
        .that()
        .resideInAnyPackage(module.packages())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(module.forbidden())
        .because(module + " may use only " + module.uses)
        .check(classes);
  }

  public static void keepsTechnologiesInTheirAdapters(Module module, JavaClasses classes) {
    if (module != Module.SERVER && module != Module.BENCHMARKS) {
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(HTTP)
          .because("only the server speaks HTTP through a web framework")
          .check(classes);
    }
    if (module != Module.CLI) {
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(COMMAND_LINE)
          .because("only the command line parses arguments and draws progress bars")
          .check(classes);
    }
    if (module != Module.STORE && module != Module.BENCHMARKS) {
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(JDBC)
          .because("only the store (and the benchmarks' PostGIS peer) talk to a database")
          .check(classes);
    }
  }

  public static void hasNoPackageCycles(JavaClasses classes) {
    slices().matching("io.frontline.(**)").should().beFreeOfCycles().check(classes);
  }
}
