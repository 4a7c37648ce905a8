package io.frontline.figures;

import io.frontline.actors.Actor;
import io.frontline.actors.Actors;
import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.control.ObservationStats;
import io.frontline.control.Site;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.timeline.RecordTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Computes {@link Figures} for a date from a {@link ControlIndex}. */
public final class FiguresOp {
  private final ControlIndex index;
  private final Actors actors;
  private final List<Country> countries;
  private final Country reference;
  private final FiguresConfig config;
  private final RecordTime asRecorded;

  public FiguresOp(ControlIndex index, Actors actors, Basemap basemap, FiguresConfig config, RecordTime asRecorded) {
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
    Tally all = new Tally();
    double implied = 0;
    double stale = 0;
    long staleBefore = date.toEpochDay() - config.staleAfterDays();
    for (Atom atom : index.atoms()) {
      Holding h = atom.at(date).orElse(null);
      if (h == null) {
        continue;
      }
      all.decide(h);
      implied += h.decidedBy().implied() ? atom.area_km2() : 0;
      stale += !h.decidedBy().implied() && h.decidedBy().startDay() < staleBefore ? atom.area_km2() : 0;
      addArea(tallies, h, atom.area_km2());
    }
    for (Site site : index.sites()) {
      Holding h = site.at(date).orElse(null);
      if (h != null) {
        all.decide(h);
        h.controller().map(tallies::get).ifPresent(t -> t.addSite(site, h, config.cityPopulation()));
      }
    }
    List<ActorFigures> figures = new ArrayList<>();
    for (Actor actor : actors.all()) {
      figures.add(tallies.get(actor.id()).toFigures(actor, reference, countries));
    }
    figures.sort(Comparator.comparingDouble(ActorFigures::area_km2).reversed().thenComparing(ActorFigures::id));
    return new Figures(date, figures, method(date, all, implied, stale));
  }

  private static void addArea(Map<String, Tally> tallies, Holding h, double km2) {
    Tally holder = h.holder() == null ? null : tallies.get(h.holder());
    Tally other = h.other() == null ? null : tallies.get(h.other());
    if (h.status() == Status.CONTESTED) {
      if (holder != null) {
        holder.contested += km2;
      }
      if (other != null) {
        other.contested += km2;
      }
    } else if (holder != null) {
      holder.area += km2;
      holder.besieged += h.status() == Status.BESIEGED ? km2 : 0;
      holder.decide(h);
    }
  }

  private Method method(LocalDate date, Tally all, double implied, double stale) {
    ObservationStats stats = index.stats();
    Map<String, Integer> kinds = new TreeMap<>();
    all.observations.forEach(o -> kinds.merge(o.statement().source().kind().code(), 1, Integer::sum));
    return new Method(Method.RULE, Method.AREA, Method.POPULATION, index.zones(), index.zones().describe(), config,
        asRecorded.toString(), index.observations().size(), stats.begunBy(date), all.observations.size(),
        all.sources.size(), kinds, stats.observedPlaces(), stats.areaObservations(), stats.placesWithoutZone(),
        Math.round(implied * 10) / 10.0, Math.round(stale * 10) / 10.0);
  }

  /** Running sums for one actor. */
  private static final class Tally {
    double area;
    double contested;
    double besieged;
    long population;
    int settlements;
    final List<Site> cities = new ArrayList<>();
    final Set<Observation> observations = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<String> sources = new HashSet<>();

    /** Counts the deciding observation and its source; an implied holder rests on no observation of its own. */
    void decide(Holding h) {
      if (!h.decidedBy().implied()) {
        observations.add(h.decidedBy().observation());
        sources.add(h.decidedBy().statement().source().key());
      }
    }

    void addSite(Site site, Holding h, long cityPopulation) {
      decide(h);
      population += site.place().population();
      settlements++;
      if (site.place().population() >= cityPopulation) {
        cities.add(site);
      }
    }

    ActorFigures toFigures(Actor actor, Country reference, List<Country> countries) {
      List<Site> largestFirst = cities.stream()
          .sorted(Comparator.comparingLong((Site s) -> s.place().population()).reversed()).toList();
      List<String> names = largestFirst.stream().map(s -> s.place().name()).toList();
      List<Long> ids = largestFirst.stream().map(s -> s.place().id()).toList();
      return new ActorFigures(actor.id(), actor.name(), actor.colour(), round(area), round(contested), round(besieged),
          population, settlements, cities.size(), names, ids, observations.size(), sources.size(),
          SizeComparison.of(area, reference, countries), round(area), round(area), 0, population, population,
          List.of(), Map.of());
    }

    private static double round(double km2) {
      return Math.round(km2 * 10) / 10.0;
    }
  }
}
