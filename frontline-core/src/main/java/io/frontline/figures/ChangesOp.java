package io.frontline.figures;

import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.control.Resolution;
import io.frontline.control.Site;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compares the control map on two dates: a from-to matrix of ground and the settlements that changed hands. */
public final class ChangesOp {
  private final ControlIndex index;
  private final FiguresOp figures;

  public ChangesOp(ControlIndex index, FiguresOp figures) {
    this.index = index;
    this.figures = figures;
  }

  /** Observed places first, then the most populous. */
  private static final Comparator<Changes.PlaceChange> ORDER = Comparator.comparing(
          Changes.PlaceChange::observed)
      .reversed()
      .thenComparing(Comparator.comparingLong(Changes.PlaceChange::population).reversed());

  /**
   * Changes from {@code from} to {@code to}; with an actor, only what it gained or lost. Each place's change carries
   * its own date, when the holding in effect on {@code to} began.
   */
  public Changes changes(LocalDate from, LocalDate to, Optional<String> actor) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException(
          "the second date must be after the first, was " + from + " then " + to);
    }
    Map<Flow, double[]> flows = new HashMap<>();
    FiguresOp.MethodTally method = figures.methodTally(to);
    long fromDay = from.toEpochDay();
    long toDay = to.toEpochDay();
    for (Atom atom : index.atoms()) {
      Holding before = counted(atom.resolution(), fromDay);
      Holding after = counted(atom.resolution(), toDay);
      if (after != null) {
        method.atom(after, atom.area_km2());
      }
      String a = party(before);
      String b = party(after);
      if (!a.equals(b) && involves(actor, a, b)) {
        flows.computeIfAbsent(new Flow(a, b), k -> new double[3])[0] += atom.area_km2();
      }
    }
    List<Changes.PlaceChange> places = new ArrayList<>();
    List<Changes.PlaceChange> coveragePlaces = new ArrayList<>();
    for (Site site : index.sites()) {
      Holding before = counted(site.resolution(), fromDay);
      Holding after = counted(site.resolution(), toDay);
      if (after != null) {
        method.site(after);
      }
      String a = party(before);
      String b = party(after);
      if (!a.equals(b) && involves(actor, a, b)) {
        double[] f = flows.computeIfAbsent(new Flow(a, b), k -> new double[3]);
        f[1] += site.place().population();
        f[2]++;
        Changes.PlaceChange change = placeChange(site, a, b, after != null ? to : from);
        (a.equals(Changes.NONE) || b.equals(Changes.NONE) ? coveragePlaces : places).add(change);
      }
    }
    places.sort(ORDER);
    coveragePlaces.sort(ORDER);
    List<Changes.Transfer> all = transfers(flows);
    List<Changes.Transfer> between = all.stream().filter(t -> !isCoverage(t)).toList();
    List<Changes.Transfer> coverage = all.stream().filter(ChangesOp::isCoverage).toList();
    return new Changes(
        from, to, between, coverage, balances(between), places, coveragePlaces, method.method());
  }

  private static boolean isCoverage(Changes.Transfer t) {
    return t.from().equals(Changes.NONE) || t.to().equals(Changes.NONE);
  }

  /** The holding on {@code day} that the resolution's own reach counts, or null: {@code at(date)} with one search. */
  private static Holding counted(Resolution resolution, long day) {
    Holding h = resolution.holdingOn(day);
    return h != null && resolution.reach().counts(h) ? h : null;
  }

  /** The party of a holding (null: nobody): its holder, contested, or nobody. */
  static String party(Holding h) {
    if (h == null) {
      return Changes.NONE;
    }
    if (h.status() == Status.CONTESTED) {
      return Changes.CONTESTED;
    }
    return h.holder() == null ? Changes.NONE : h.holder();
  }

  private static boolean involves(Optional<String> actor, String a, String b) {
    return actor.map(x -> x.equals(a) || x.equals(b)).orElse(true);
  }

  /** Ground or places going from one party to another. */
  private record Flow(String from, String to) {}

  /** The flows as transfers, largest area first (ties in the order of the parties' names). */
  private static List<Changes.Transfer> transfers(Map<Flow, double[]> flows) {
    List<Changes.Transfer> out = new ArrayList<>();
    flows.forEach((flow, f) -> out.add(new Changes.Transfer(
        flow.from(), flow.to(), Math.round(f[0] * 10) / 10.0, (long) f[1], (int) f[2])));
    out.sort(Comparator.comparingDouble(Changes.Transfer::area_km2)
        .reversed()
        .thenComparing(Changes.Transfer::from)
        .thenComparing(Changes.Transfer::to));
    return out;
  }

  private static List<Changes.Balance> balances(List<Changes.Transfer> transfers) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Changes.Transfer t : transfers) {
      sums.computeIfAbsent(t.to(), k -> new double[2])[0] += t.area_km2();
      sums.computeIfAbsent(t.from(), k -> new double[2])[1] += t.area_km2();
    }
    List<Changes.Balance> out = new ArrayList<>();
    sums.forEach((actor, s) -> out.add(new Changes.Balance(
        actor,
        Math.round(s[0] * 10) / 10.0,
        Math.round(s[1] * 10) / 10.0,
        Math.round((s[0] - s[1]) * 10) / 10.0)));
    out.sort(Comparator.comparingDouble(Changes.Balance::net_km2));
    return out;
  }

  private static Changes.PlaceChange placeChange(Site site, String from, String to, LocalDate day) {
    Holding decided = site.at(day).orElseThrow();
    Statement s = decided.decidedBy().statement();
    Began began = began(site.resolution(), day.toEpochDay());
    Statement b = began.holding().decidedBy().statement();
    return new Changes.PlaceChange(
        site.place().id(),
        site.place().name(),
        site.place().country(),
        site.place().population(),
        site.observed(),
        from,
        to,
        s.date().toString(),
        s.date().precision().code(),
        decided.decidedBy().observation().lineage(),
        s.source().label(),
        s.source().urls(),
        s.note(),
        LocalDate.ofEpochDay(began.firstDay()).toString(),
        b.date().precision().code(),
        began.holding().decidedBy().observation().lineage(),
        b.source().label(),
        b.source().urls());
  }

  /** The holding that began the run in effect on {@code day}, and the run's first day. */
  record Began(Holding holding, long firstDay) {}

  /**
   * Walks back from the holding in effect on {@code day} over the consecutive holdings of the same party (holder, or
   * contested): the first of them began the run that holds on {@code day}.
   */
  static Began began(Resolution resolution, long day) {
    List<Began> spans = new ArrayList<>();
    resolution.spans((holding, first, end) -> {
      if (first <= day) {
        spans.add(new Began(holding, first));
      }
    });
    int i = spans.size() - 1;
    while (i > 0 && sameRun(spans.get(i - 1).holding(), spans.get(i).holding())) {
      i--;
    }
    return spans.get(i);
  }

  /** Same party as the changes count it: the same holder, or contested both (whoever the contesting parties). */
  private static boolean sameRun(Holding a, Holding b) {
    return party(a).equals(party(b));
  }
}
