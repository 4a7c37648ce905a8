package io.frontline.app;

import io.frontline.actors.Actor;
import io.frontline.actors.Actors;
import io.frontline.app.control.ControlArea;
import io.frontline.app.control.ControlAreas;
import io.frontline.control.ControlIndex;
import io.frontline.figures.ChangesOp;
import io.frontline.figures.Figures;
import io.frontline.figures.FiguresConfig;
import io.frontline.refusals.Refusal;
import io.frontline.store.GeoPackageStore;
import io.frontline.timeline.RecordTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One read state of a store that the use cases answer from: the store, the actors, and the control index built for
 * one record time and zone configuration. The command line opens one per command; the server keeps them per snapshot
 * and caches their answers.
 */
public interface View {
  GeoPackageStore store();

  ControlIndex index();

  Actors actors();

  /** The figures of a date (the server caches them). */
  Figures figures(LocalDate date);

  ChangesOp changes();

  /** The control map of a date dissolved per holding and basis, largest first (the server caches it). */
  default List<ControlArea> areas(LocalDate date) {
    return ControlAreas.dissolve(index(), date, FiguresConfig.DEFAULT.staleAfterDays());
  }

  /** The store's revision the view was built from. */
  long revision();

  /** The record time the view reads as of ("latest" unless an earlier state was asked for). */
  default RecordTime asOf() {
    return RecordTime.now();
  }

  /** The actor named by id, name or alias; an unknown one is refused, listing the known ids. */
  default Actor actor(String idOrName) {
    return actors().get(idOrName);
  }

  /** The id of the actor a request names, if it names one. */
  default Optional<String> actorId(Optional<String> idOrName) {
    return idOrName.map(name -> actor(name).id());
  }

  /** Refuses a request whose {@code to} is not after its {@code from}. */
  static void checkOrder(LocalDate from, LocalDate to, boolean sameDayAllowed) {
    if (sameDayAllowed ? to.isBefore(from) : !to.isAfter(from)) {
      throw Refusal.badInput(
          "to",
          "${to} must " + (sameDayAllowed ? "not be before" : "be after") + " ${from}, was " + from
              + " then " + to);
    }
  }
}
