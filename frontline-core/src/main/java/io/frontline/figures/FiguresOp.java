package io.frontline.figures;

import io.frontline.actors.Actor;
import io.frontline.actors.Actors;
import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import io.frontline.control.Atom;
import io.frontline.control.Candidate;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.control.ObservationStats;
import io.frontline.control.Reach;
import io.frontline.control.Site;
import io.frontline.observations.Observation;
import io.frontline.observations.ObservationFacts;
import io.frontline.observations.Status;
import io.frontline.timeline.RecordTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes {@link Figures} for a date from a {@link ControlIndex}: the central figures with the index's reach, and
 * their range with the cautious and the generous reach of its zone configuration.
 */
public final class FiguresOp {
  private final ControlIndex index;
  private final Actors actors;
  private final List<Country> countries;
  private final Country reference;
  private final FiguresConfig config;
  private final RecordTime asRecorded;

  public FiguresOp(
      ControlIndex index,
      Actors actors,
      Basemap basemap,
      FiguresConfig config,
      RecordTime asRecorded) {
    this.index = index;
    this.actors = actors;
    this.countries = basemap.countries();
    this.reference = basemap.findCountry(config.referenceCountry()).orElse(null);
    this.config = config;
    this.asRecorded = asRecorded;
  }

  public Figures figures(LocalDate date) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    actors.all().forEach(a -> tallies.put(a.id(), new Tally()));
    MethodTally method = methodTally(date);
    long day = date.toEpochDay();
    Reach low = index.zones().low();
    Reach high = index.zones().high();
    for (Atom atom : index.atoms()) {
      Holding h = atom.resolution().holdingOn(day);
      if (h == null) {
        continue;
      }
      double km2 = atom.area_km2();
      if (low.counts(h)) {
        addRange(tallies, h, km2, true);
      }
      if (high.counts(h)) {
        addRange(tallies, h, km2, false);
      }
      if (atom.resolution().reach().counts(h)) {
        method.atom(h, km2);
        addArea(tallies, h, km2);
      }
    }
    for (Site site : index.sites()) {
      Holding h = site.resolution().holdingOn(day);
      if (h == null) {
        continue;
      }
      if (low.counts(h)) {
        addPeople(tallies, h, site.population(), true);
      }
      if (high.counts(h)) {
        addPeople(tallies, h, site.population(), false);
      }
      if (site.resolution().reach().counts(h)) {
        method.site(h);
        addSite(tallies, site, h);
      }
    }
    List<ActorFigures> figures = new ArrayList<>();
    for (Actor actor : actors.all()) {
      figures.add(tallies.get(actor.id()).toFigures(actor, reference, countries));
    }
    figures.sort(Comparator.comparingDouble(ActorFigures::area_km2)
        .reversed()
        .thenComparing(ActorFigures::id));
    return new Figures(date, figures, method.method());
  }

  /** A tally of what stands behind the figures of {@code date}, for a pass over its holdings made elsewhere. */
  MethodTally methodTally(LocalDate date) {
    return new MethodTally(date);
  }

  /**
   * What stands behind a date's figures, counted over the holdings in effect that day: the observations and sources
   * that decide them, and the ground held by implied holders or decided by stale observations.
   */
  final class MethodTally {
    private final LocalDate date;
    private final long day;
    private final Deciders all = new Deciders();
    private double implied;
    private double stale;

    private MethodTally(LocalDate date) {
      this.date = date;
      this.day = date.toEpochDay();
    }

    /** A piece of ground of {@code km2} held by {@code h} that day. */
    void atom(Holding h, double km2) {
      all.decide(h);
      implied += h.decidedBy().implied() ? km2 : 0;
      stale += h.staleOn(day, config.staleAfterDays()) ? km2 : 0;
    }

    /** A settlement held by {@code h} that day. */
    void site(Holding h) {
      all.decide(h);
    }

    Method method() {
      return FiguresOp.this.method(date, all, implied, stale);
    }
  }

  /** The parties a holding speaks of, each with its share of the ground (a contested split no one states: none). */
  private static void forShares(Map<String, Tally> tallies, Holding h, ShareSink sink) {
    for (String actor : new String[] {h.holder(), h.other()}) {
      Tally t = actor == null ? null : tallies.get(actor);
      if (t == null) {
        continue;
      }
      double share = h.shareOf(actor);
      if (share > 0) {
        sink.accept(t, share);
      }
    }
  }

  private interface ShareSink {
    void accept(Tally tally, double share);
  }

  private static void addArea(Map<String, Tally> tallies, Holding h, double km2) {
    if (h.status() == Status.CONTESTED) {
      for (String actor : new String[] {h.holder(), h.other()}) {
        Tally t = actor == null ? null : tallies.get(actor);
        if (t != null) {
          t.contested += km2;
        }
      }
    }
    forShares(tallies, h, (t, share) -> {
      t.area += km2 * share;
      t.inferred += h.inferred() ? km2 * share : 0;
      t.besieged += h.status() == Status.BESIEGED ? km2 : 0;
      t.byGrade.merge(Grades.of(h), km2 * share, Double::sum);
      t.decide(h);
    });
  }

  private static void addRange(Map<String, Tally> tallies, Holding h, double km2, boolean low) {
    forShares(tallies, h, (t, share) -> {
      if (low) {
        t.areaLow += km2 * share;
      } else {
        t.areaHigh += km2 * share;
      }
    });
  }

  private static void addPeople(Map<String, Tally> tallies, Holding h, long people, boolean low) {
    forShares(tallies, h, (t, share) -> {
      if (low) {
        t.populationLow += people * share;
      } else {
        t.populationHigh += people * share;
      }
    });
  }

  private void addSite(Map<String, Tally> tallies, Site site, Holding h) {
    forShares(tallies, h, (t, share) -> {
      t.decide(h);
      t.population += site.population() * share;
      if (share >= 0.5) {
        t.settlements++;
        if (site.population() > 0 && site.place().population() >= config.cityPopulation()) {
          t.cities.add(site);
        }
      }
      if (share < 1) {
        t.shares.add(new ActorFigures.CityShare(site.place().id(), site.place().name(), share));
        t.sharePeople.put(site.place().id(), site.population());
      }
    });
  }

  private Method method(LocalDate date, Deciders all, double implied, double stale) {
    ObservationStats stats = index.stats();
    return new Method(
        Method.RULE,
        Method.AREA,
        index.populationMethod(),
        index.zones(),
        index.zones().describe(),
        config,
        asRecorded.toString(),
        index.observations().size(),
        stats.begunBy(date),
        all.observations(),
        all.sources.size(),
        all.kinds,
        stats.observedPlaces(),
        stats.areaObservations(),
        stats.placesWithoutZone(),
        Math.round(implied * 10) / 10.0,
        Math.round(stale * 10) / 10.0);
  }

  /**
   * The observations and sources that decide holdings; an implied holder rests on no observation of its own. The
   * observations of one index's list are counted by their number, so that a cached index counts them without making
   * them.
   */
  private static final class Deciders {
    private List<Observation> list;
    private final BitSet listed = new BitSet();
    private final Set<Observation> made = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<String> sources = new HashSet<>();
    final Map<String, Integer> kinds = new TreeMap<>();

    void decide(Holding h) {
      Candidate c = h.decidedBy();
      if (c.implied() || !first(c)) {
        return;
      }
      ObservationFacts facts = c.facts();
      sources.add(facts.sourceKey());
      kinds.merge(facts.sourceKind().code(), 1, Integer::sum);
    }

    /** Whether this is the first time the candidate's observation decides here. */
    private boolean first(Candidate c) {
      if (c.list() != null && (list == null || list == c.list())) {
        list = c.list();
        boolean seen = listed.get(c.number());
        listed.set(c.number());
        return !seen;
      }
      return made.add(c.observation());
    }

    int observations() {
      return listed.cardinality() + made.size();
    }
  }

  /** Running sums for one actor. */
  private static final class Tally {
    double area;
    double areaLow;
    double areaHigh;
    double inferred;
    double contested;
    double besieged;
    double population;
    double populationLow;
    double populationHigh;
    int settlements;
    final List<Site> cities = new ArrayList<>();
    final List<ActorFigures.CityShare> shares = new ArrayList<>();
    final Map<Long, Long> sharePeople = new java.util.HashMap<>();
    final Map<String, Double> byGrade = new TreeMap<>();
    final Deciders deciders = new Deciders();

    void decide(Holding h) {
      deciders.decide(h);
    }

    ActorFigures toFigures(Actor actor, Country reference, List<Country> countries) {
      List<Site> largestFirst = cities.stream()
          .sorted(Comparator.comparingLong((Site s) -> s.place().population()).reversed())
          .toList();
      List<String> names = largestFirst.stream().map(s -> s.place().name()).toList();
      List<Long> ids = largestFirst.stream().map(s -> s.place().id()).toList();
      List<ActorFigures.CityShare> sharesFirst = shares.stream()
          .sorted(Comparator.comparingLong((ActorFigures.CityShare s) -> sharePeople.get(s.id()))
              .reversed()
              .thenComparingLong(ActorFigures.CityShare::id))
          .toList();
      Map<String, Double> grades = new TreeMap<>();
      byGrade.forEach((g, km2) -> grades.put(g, round(km2)));
      double a = round(area);
      return new ActorFigures(
          actor.id(),
          actor.name(),
          actor.colour(),
          a,
          round(contested),
          round(besieged),
          Math.round(population),
          settlements,
          cities.size(),
          names,
          ids,
          deciders.observations(),
          deciders.sources.size(),
          SizeComparison.of(area, reference, countries),
          Math.min(a, round(areaLow)),
          Math.max(a, round(areaHigh)),
          round(inferred),
          Math.min(Math.round(population), Math.round(populationLow)),
          Math.max(Math.round(population), Math.round(populationHigh)),
          sharesFirst,
          grades);
    }

    private static double round(double km2) {
      return Math.round(km2 * 10) / 10.0;
    }
  }
}
