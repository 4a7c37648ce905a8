package io.frontline.render;

import static io.frontline.observations.Confidence.MEDIUM;
import static io.frontline.observations.Status.CONTESTED;
import static io.frontline.observations.Status.CONTROLS;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import io.frontline.actors.Actors;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.ZoneConfig;
import io.frontline.figures.FiguresConfig;
import io.frontline.figures.FiguresOp;
import io.frontline.render.geo.Regions;
import io.frontline.render.map.MapInput;
import io.frontline.render.map.MapSpec;
import io.frontline.render.map.Theme;
import io.frontline.render.output.PageSize;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.MapLanguage;
import io.frontline.testing.MemoryGazetteer;
import io.frontline.testing.Observations;
import io.frontline.timeline.RecordTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small real-geography scenario for render tests: Raqqa held by Islamic State from January 2014 until the SDF took
 * it in October 2017, Mosul taken in June 2014, contested from November 2016 and retaken in July 2017.
 */
public final class Fixtures {
  public static final long RAQQA = 172955;
  public static final long MOSUL = 99072;
  public static final double RAQQA_LAT = 35.95283;
  public static final double RAQQA_LON = 39.00788;
  public static final List<Actor> ACTORS = List.of(
      actor(
          "islamic-state",
          "Islamic State",
          "#000000",
          Map.of("nl", "Islamitische Staat", "ar", "الدولة الإسلامية")),
      actor("iraq", "Government of Iraq", "#0072B2", Map.of("nl", "Iraakse regering")),
      actor(
          "sdf",
          "Syrian Democratic Forces",
          "#E69F00",
          Map.of("nl", "Syrische Democratische Strijdkrachten")),
      actor("syrian-opposition", "Syrian opposition", "#56B4E9", Map.of()));
  public static final ControlIndex INDEX = index();

  private Fixtures() {}

  private static Actor actor(String id, String name, String colour, Map<String, String> names) {
    return new Actor(id, name, ActorKind.NON_STATE_GROUP, colour, List.of(), names);
  }

  private static ControlIndex index() {
    MemoryGazetteer gazetteer = new MemoryGazetteer(List.of(
        MemoryGazetteer.place(RAQQA, "Ar Raqqah", RAQQA_LAT, RAQQA_LON, 177_636, "SY"),
        MemoryGazetteer.place(MOSUL, "Mosul", 36.335, 43.11889, 1_683_000, "IQ")));
    Observations obs = new Observations();
    return new ControlIndexBuilder(gazetteer, NaturalEarthBasemap.shared(), ZoneConfig.DEFAULT)
        .build(List.of(
            obs.place(RAQQA, "islamic-state", CONTROLS, "syrian-opposition", "2014-01-14", MEDIUM),
            obs.place(RAQQA, "sdf", CONTROLS, "islamic-state", "2017-10-17", MEDIUM),
            obs.place(MOSUL, "islamic-state", CONTROLS, "iraq", "2014-06-10", MEDIUM),
            obs.place(MOSUL, "iraq", CONTESTED, "islamic-state", "2016-11-01", MEDIUM),
            obs.place(MOSUL, "iraq", CONTROLS, "islamic-state", "2017-07-10", MEDIUM)));
  }

  public static FiguresOp figures() {
    return new FiguresOp(
        INDEX,
        new Actors(ACTORS),
        NaturalEarthBasemap.shared(),
        FiguresConfig.DEFAULT,
        RecordTime.now());
  }

  public static MapInput input(List<LocalDate> dates) {
    LocalDate first = INDEX.dateRange().orElseThrow()[0];
    List<MapInput.Panel> panels = new ArrayList<>();
    for (LocalDate d : dates) {
      panels.add(new MapInput.Panel(
          d,
          d.isBefore(first) ? Optional.empty() : Optional.of(INDEX.mapAt(d)),
          figures().figures(d)));
    }
    return new MapInput(INDEX, ACTORS, panels, Optional.of(first));
  }

  public static MapSpec spec(MapLanguage language, String... dates) {
    return new MapSpec(
        java.util.Arrays.stream(dates).map(LocalDate::parse).toList(),
        Optional.of("islamic-state"),
        false,
        language,
        Regions.IRAQ_SYRIA,
        PageSize.parse("1600x1200", 150),
        Theme.LIGHT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public static Provenance provenance(List<LocalDate> dates) {
    return new Provenance(
        "frontline map (test)",
        dates,
        "latest",
        7,
        "rule",
        "zones",
        5,
        5,
        "islamic-state area_km2=1",
        "Frontline test");
  }
}
