package io.frontline.cli;

import io.frontline.refusals.Refusal;
import io.frontline.figures.Changes;
import io.frontline.render.MapRenderer;
import io.frontline.render.map.ChangeInput;
import io.frontline.render.map.MapPlan;
import io.frontline.render.map.MapSpec;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Format;
import io.frontline.render.output.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** {@code frontline map --changes}: what changed hands between two dates, as a map with a table of transfers. */
final class ChangeMapRun {
  private final Workspace ws;
  private final MapCommand command;
  private final Format format;
  private final Theme theme;

  ChangeMapRun(Workspace ws, MapCommand command, Format format, Theme theme) {
    this.ws = ws;
    this.command = command;
    this.format = format;
    this.theme = theme;
  }

  void run() {
    if (command.from == null || command.to == null) {
      throw Refusal.badInput(null, "--changes needs --from and --to");
    }
    LocalDate from = Dates.parse("--from", command.from);
    LocalDate to = Dates.parse("--to", command.to);
    if (!to.isAfter(from)) {
      throw Refusal.badInput(null, "--to must be after --from, was " + from + " then " + to);
    }
    Optional<String> actor = ws.actorId(command.actor);
    Changes changes = ws.changes().changes(from, to, actor);
    MapSpec spec = new MapSpec(List.of(from, to), Optional.empty(), false, command.render.language(),
        command.where.extent(ws), command.render.page("1600x1200"), theme, Optional.ofNullable(command.title),
        Optional.ofNullable(command.subtitle), Optional.ofNullable(command.credit));
    Provenance provenance = ProvenanceOf.of(ws, ProvenanceOf.command(command.spec),
        List.of(ws.figures().figures(from), ws.figures().figures(to)), actor);
    MapRenderer renderer = new MapRenderer();
    MapPlan plan = renderer.planChanges(spec, new ChangeInput(ws.index(), ws.actors().all(), changes, actor),
        provenance);
    renderer.write(plan, provenance, format, command.render.out);
  }
}
