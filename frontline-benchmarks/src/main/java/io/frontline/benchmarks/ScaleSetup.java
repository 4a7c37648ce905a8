package io.frontline.benchmarks;

import io.frontline.actors.Actors;
import io.frontline.benchmarks.scale.PlaceIndex;
import io.frontline.benchmarks.scale.ScaleConfig;
import io.frontline.benchmarks.scale.ScaleData;
import io.frontline.benchmarks.scale.ScaleGenerator;
import io.frontline.bundled.BundledActors;
import io.frontline.bundled.BundledGazetteer;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.ZoneConfig;
import io.frontline.gazetteer.Place;
import java.util.List;
import java.util.Locale;

/** Generates the scale scenario over the bundled gazetteer and basemap and builds its index (default zones). */
public final class ScaleSetup {
  private ScaleSetup() {}

  /** The scenario and the generated data it rests on. */
  public record Built(Scenario scenario, ScaleData data) {}

  public static Built build(ScaleConfig config) {
    List<Place> gazetteer = BundledGazetteer.places();
    NaturalEarthBasemap basemap = NaturalEarthBasemap.shared();
    Timed<ScaleData> generated =
        Timed.of(() -> new ScaleGenerator(config).generate(gazetteer, basemap));
    ScaleData data = generated.value();
    Timed<ControlIndex> built = Timed.of(
        () -> new ControlIndexBuilder(new PlaceIndex(gazetteer), basemap, ZoneConfig.DEFAULT)
            .build(data.observations()));
    long known = data.places().stream().filter(p -> p.population() > 500).count();
    String description = String.format(
        Locale.ROOT,
        "synthetic (seed %d): %,d GeoNames cities500 places of %s"
            + " (%,d with a recorded population over 500), %,d place observations, %,d area observations (%d discs, %d"
            + " hulls), %s..%s",
        config.seed(),
        data.places().size(),
        String.join("/", config.countries().stream().sorted().toList()),
        known,
        data.placeObservations(),
        data.areaObservations(),
        data.discs(),
        data.hulls(),
        config.from(),
        config.to());
    Scenario scenario = new Scenario(
        "Scale (synthetic)",
        description,
        built.value(),
        new Actors(BundledActors.islamicStateScenario()),
        basemap,
        gazetteer,
        config.from(),
        config.to(),
        "islamic-state",
        generated.ms(),
        built.ms());
    return new Built(scenario, data);
  }
}
