package io.frontline.cli;

import io.frontline.gazetteer.Place;
import io.frontline.refusals.Refusal;
import io.frontline.render.geo.Extent;
import io.frontline.render.geo.Regions;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where a map looks: a named region, a bounding box, or a disc around a place (default: Iraq and Syria). */
final class ExtentOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--region",
      paramLabel = "NAME",
      description =
          "A preset (iraq-syria, levant, middle-east, mosul, raqqa-deir-ez-zor) or a country name or code.")
  String region;

  @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "The extent in degrees.")
  String bbox;

  @Option(
      names = "--around",
      paramLabel = "PLACE",
      description = "Centre the map on a place (with --radius).")
  String around;

  @Option(
      names = "--radius",
      paramLabel = "DIST",
      defaultValue = "50km",
      description = "Radius around --around, e.g. 50km (default: ${DEFAULT-VALUE}).")
  String radius;

  /** Checks the options that need no store (how many are given, the box, the radius) before any work. */
  void check() {
    count();
    if (bbox != null) {
      box();
    }
    if (around != null) {
      radiusKm();
    }
  }

  Extent extent(Workspace ws) {
    count();
    if (bbox != null) {
      return box();
    }
    if (around != null) {
      Place place = ws.place(
          around,
          null,
          mixee == null ? null : mixee.commandLine().getErr(),
          "Pick another with --around 'NAME, CC' (e.g. 'Ariha, SY') or its GeoNames id.");
      return Regions.around(place.lat(), place.lon(), radiusKm());
    }
    if (region == null) {
      return Regions.IRAQ_SYRIA;
    }
    return Regions.find(region, Workspace.basemap())
        .orElseThrow(() -> Refusal.notFound(
            "unknown region '" + region + "'; give a country name or code, or one of "
                + String.join(", ", Regions.presetNames())));
  }

  private void count() {
    int given = (region != null ? 1 : 0) + (bbox != null ? 1 : 0) + (around != null ? 1 : 0);
    if (given > 1) {
      throw Refusal.badInput(null, "give only one of --region, --bbox and --around");
    }
  }

  private Extent box() {
    try {
      return Extent.parse(bbox);
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput(null, e.getMessage());
    }
  }

  private double radiusKm() {
    String r = radius.strip().toLowerCase(Locale.ROOT);
    double factor = r.endsWith("km") ? 1 : r.endsWith("m") ? 0.001 : 1;
    String number = r.replaceAll("(km|m)$", "").strip();
    try {
      double km = Double.parseDouble(number) * factor;
      if (!(km >= 1 && km <= 2000)) {
        throw Refusal.badInput(null, "--radius must be between 1 and 2000 km, was " + radius);
      }
      return km;
    } catch (NumberFormatException e) {
      throw Refusal.badInput(
          null, "--radius must be a distance such as 50km, was '" + radius + "'");
    }
  }
}
