package io.frontline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.AppJson;
import io.frontline.bundled.BundledOutlets;
import io.frontline.cli.text.SourcesText;
import io.frontline.formats.json.SourcesJson;
import io.frontline.refusals.Refusal;
import io.frontline.sources.SourcesOp;
import io.frontline.sources.SourcesReport;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The store's sources by outlet and grade, with the outlets a reader should weigh with care flagged. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description =
        "The store's sources by outlet: its kind, how many observations cite it, the grades given, the"
            + " first and last dates, and a flag for state media, partisan sites, mirrors, forums and blogs.")
final class SourcesCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--grade",
      paramLabel = "G",
      description = "Only observations whose source has this grade (B2) or reliability letter (B).")
  String grade;

  @Option(
      names = "--outlet",
      paramLabel = "HOST",
      description = "Only this outlet (a host such as reuters.com).")
  String outlet;

  @Option(names = "--json", description = "Print JSON (docs/schema/sources.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    Optional<String> wanted;
    try {
      wanted = Optional.ofNullable(grade).map(SourcesJson::grade);
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput(null, "--" + e.getMessage());
    }
    try (Workspace ws = Workspace.open(store)) {
      SourcesReport report = new SourcesOp(BundledOutlets.table())
          .compute(
              ws.store().observations(store.recordTime()),
              wanted,
              Optional.ofNullable(outlet).map(String::strip));
      var out = spec.commandLine().getOut();
      if (json) {
        ObjectNode node = SourcesJson.of(report);
        node.put("store_revision", ws.store().revision());
        out.println(AppJson.pretty(node));
      } else {
        SourcesText.print(out, report);
      }
    }
    return ExitCode.OK;
  }
}
