package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Sudan tutorial runs as written: every {@code ./frontline} line of a {@code ```sh} block of
 * docs/tutorials/sudan/README.md, in order, on a store and output files in a temporary folder, exits 0 and prints what
 * the page says. The tutorial starts from {@code init} and {@code actors import}, so this test needs those commands.
 */
@Tag("tutorial")
class SudanTutorialTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path README = ROOT.resolve("docs/tutorials/sudan/README.md");
  static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
  static final Set<String> OUTPUT_OPTIONS = Set.of("--store", "--out");

  @TempDir
  static Path work;

  @TestFactory
  Stream<DynamicTest> everyCommandOfThePageRunsAndPrintsWhatItSays() throws IOException {
    String markdown = Files.readString(README);
    List<List<String>> commands = commands(markdown);
    assertThat(commands).as("commands in %s", README).hasSizeBetween(8, 14);
    java.util.Map<String, String> shown = shownOutputs(markdown);
    assertThat(shown).as("output blocks in %s", README).hasSizeGreaterThanOrEqualTo(6);
    return commands.stream()
        .map(args -> dynamicTest(String.join(" ", args), () -> {
          Cli.Run run = Cli.run(toCli(args));
          check(args, run);
          printsWhatThePageShows(shown.get(String.join(" ", args)), run.out() + run.err());
        }));
  }

  /**
   * The output block a page shows after a command (a plain fenced block right after the {@code sh} block whose last
   * command it is), by the command's words.
   */
  static java.util.Map<String, String> shownOutputs(String markdown) {
    java.util.Map<String, String> shown = new java.util.HashMap<>();
    Matcher fence = Pattern.compile("```(sh)?\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    String last = null;
    while (fence.find()) {
      if (fence.group(1) != null) {
        List<String> lines = fence
            .group(2)
            .lines()
            .map(String::strip)
            .filter(l -> l.startsWith("./frontline "))
            .toList();
        last = lines.isEmpty() ? null : String.join(" ", words(lines.get(lines.size() - 1)));
      } else if (last != null) {
        shown.put(last, fence.group(2));
        last = null;
      }
    }
    return shown;
  }

  /**
   * Every line the page shows is in the output, spaces aside, with paths relative to the folder the commands run in;
   * a line cut with "..." is matched up to the cut, and times (which vary) are left out.
   */
  private static void printsWhatThePageShows(String shown, String actual) {
    if (shown == null) {
      return;
    }
    String printed =
        actual.replace(work.toString() + java.io.File.separator, "").replaceAll("[ \\t]+", " ");
    for (String line : shown.lines().map(String::strip).toList()) {
      String expected =
          line.contains("...") ? line.substring(0, line.indexOf("...")).strip() : line;
      expected = expected.replaceAll("[ \\t]+", " ");
      if (expected.isEmpty() || expected.matches(".*\\d+(\\.\\d+)? s\\b.*")) {
        continue;
      }
      assertThat(printed).as("the page shows this line").contains(expected);
    }
  }

  /** The command lines of the sh blocks, in order, split as a shell would (double quotes group words). */
  static List<List<String>> commands(String markdown) {
    List<List<String>> commands = new ArrayList<>();
    Matcher block = SH_BLOCK.matcher(markdown);
    while (block.find()) {
      block
          .group(1)
          .lines()
          .map(String::strip)
          .filter(line -> line.startsWith("./frontline "))
          .map(SudanTutorialTest::words)
          .forEach(commands::add);
    }
    return commands;
  }

  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ' ' && !quoted) {
        flush(word, words);
      } else {
        word.append(c);
      }
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  /** Drops {@code ./frontline}, puts the store and output files in the temporary folder, reads data from the repo. */
  private static String[] toCli(List<String> line) {
    List<String> args = new ArrayList<>();
    for (int i = 1; i < line.size(); i++) {
      String arg = line.get(i);
      if (OUTPUT_OPTIONS.contains(line.get(i - 1))) {
        args.add(work.resolve(arg).toString());
      } else if (arg.startsWith("docs/")) {
        args.add(ROOT.resolve(arg).toString());
      } else {
        args.add(arg);
      }
    }
    return args.toArray(String[]::new);
  }

  private static void check(List<String> line, Cli.Run run) throws IOException {
    assertThat(run.exit()).as("%s%n%s", run.out(), run.err()).isZero();
    String out = run.out();
    switch (key(line)) {
      case "init", "actors import" -> assertThat(run.err()).doesNotContain("Exception");
      case "actors" ->
        assertThat(out)
            .contains("rsf  Rapid Support Forces")
            .contains("saf  Sudanese Armed Forces");
      case "gazetteer import" ->
        assertThat(out).contains("77 places loaded, 0 malformed lines skipped");
      case "import" ->
        assertThat(out)
            .contains("41 records: 41 accepted, 0 rejected")
            .contains("Recorded 41 observations.");
      case "figures 2024-01-01" -> {
        assertThat(cities(out, "Rapid Support Forces"))
            .contains("Nyala", "Wad Medani", "El Daein", "Geneina");
        assertThat(cities(out, "Sudanese Armed Forces"))
            .contains("El Obeid", "El Fasher")
            .doesNotContain("Wad Medani");
      }
      case "figures 2025-04-01" -> {
        assertThat(cities(out, "Sudanese Armed Forces"))
            .contains("Khartoum", "Wad Medani", "Singa");
        assertThat(cities(out, "Rapid Support Forces"))
            .contains("Nyala")
            .doesNotContain("Wad Medani");
      }
      case "changes" ->
        assertThat(out)
            .containsPattern(
                "Wad Medani +Rapid Support Forces +Sudanese Armed Forces +2025-01-11 +https://")
            .containsPattern("Khartoum +contested +Sudanese Armed Forces +2025-03-26");
      case "history" ->
        assertThat(out)
            .startsWith("Wad Medani (GeoNames 364103")
            .contains("2023-12-18 until 2025-01-11: controlled by Rapid Support Forces")
            .contains("2025-01-11: controlled by Sudanese Armed Forces");
      case "map" ->
        assertThat(Arrays.copyOf(Files.readAllBytes(work.resolve("sudan-2024-2025.png")), 4))
            .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      case "series" -> {
        assertThat(out.lines().findFirst())
            .hasValue("date,area_km2,contested_km2,population,settlements");
        assertThat(out.lines().count()).isEqualTo(1 + 808);
        assertThat(out).contains("\n2023-04-15,").contains("\n2025-06-30,");
      }
      default -> fail("the tutorial has a command this test does not know: " + line);
    }
  }

  /** The subcommand, with figures told apart by their date. */
  private static String key(List<String> line) {
    String command = line.get(1);
    String next = line.size() > 2 ? line.get(2) : "";
    if (command.equals("figures")) {
      return command + " " + line.get(line.indexOf("--date") + 1);
    }
    return (command.equals("actors") || command.equals("gazetteer")) && !next.startsWith("--")
        ? command + " " + next
        : command;
  }

  /** The cities of 100,000 people or more that the figures list for one actor. */
  private static String cities(String figures, String actor) {
    String prefix = "held by " + actor + ": ";
    return figures
        .lines()
        .filter(l -> l.contains(prefix))
        .map(l -> l.substring(l.indexOf(prefix) + prefix.length()))
        .findFirst()
        .orElse("");
  }
}
