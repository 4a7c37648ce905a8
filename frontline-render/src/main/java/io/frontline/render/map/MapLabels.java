package io.frontline.render.map;

import io.frontline.control.Site;
import io.frontline.render.geo.Viewport;
import io.frontline.render.labels.LabelRequest;
import io.frontline.render.labels.LabelRequest.Kind;
import io.frontline.render.text.CityNames;
import io.frontline.render.text.Fonts;
import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The labels a map asks to place: capitals, then the main cities, then country names, then the other cities, in the
 * map's language (and, zoomed in, the observed places). Country names go where the country's visible part has the most room, and only if they fit there.
 */
final class MapLabels {
  private static final float[] CITY_SIZE = {0, 17, 15, 13.5f};
  private static final double[] MARKER = {0, 4.8, 3.6, 3.0};
  private static final float TRACKING = 0.18f;

  private MapLabels() {}

  /** Zoomed in further than this, every observed place is labelled too. */
  private static final double PLACES_BELOW_KM_PER_PX = 0.5;
  /** Farther out, the observed cities of this many people or more are (a map of any war names its cities). */
  private static final long CITY_POPULATION = 100_000;

  static List<LabelRequest> requests(
      Viewport v,
      BasemapShapes basemap,
      MapLanguage l,
      double u,
      TextPainter text,
      List<Site> sites) {
    List<LabelRequest> out = new ArrayList<>();
    out.addAll(places(
        v, l, u, sites, v.kmPerPixelAtCentre() < PLACES_BELOW_KM_PER_PX ? 0 : CITY_POPULATION));
    int i = 0;
    for (CityNames.City c : CityNames.all()) {
      Point2D p = v.pixel(c.lon(), c.lat());
      if (v.frame().contains(p)) {
        int rank = Math.min(3, c.rank());
        out.add(new LabelRequest(
            "city:" + c.geonameId(),
            c.capital() ? Kind.CAPITAL : Kind.CITY,
            c.label(l),
            p,
            MARKER[rank] * u,
            rank * 1000 + i++,
            c.capital(),
            (float) (CITY_SIZE[rank] * u),
            0,
            l.rightToLeft()));
      }
    }
    for (BasemapShapes.CountryShape c : basemap.countries()) {
      if (c.labelCentre().isPresent()) {
        String name = countryName(c, l);
        float size = (float) ((c.labelRadius_px() > 120 * u ? 19 : 15) * u);
        if (text.measure(name, false, size, TRACKING).width() < 2.4 * c.labelRadius_px()) {
          out.add(new LabelRequest(
              "country:" + c.country().iso2(),
              Kind.COUNTRY,
              name,
              c.labelCentre().get(),
              0,
              2500,
              false,
              size,
              TRACKING,
              l.rightToLeft()));
        }
      }
    }
    return out;
  }

  /**
   * The observed places in view of {@code minPopulation} people or more, largest first, named as their GeoNames name
   * unless they are labelled cities.
   */
  private static List<LabelRequest> places(
      Viewport v, MapLanguage l, double u, List<Site> sites, long minPopulation) {
    List<LabelRequest> out = new ArrayList<>();
    List<Site> observed = new ArrayList<>(sites.stream()
        .filter(Site::observed)
        .filter(s -> s.place().population() >= minPopulation)
        .filter(s -> CityNames.find(s.place().id()).isEmpty())
        .toList());
    observed.sort((a, b) -> Long.compare(b.place().population(), a.place().population()));
    int i = 0;
    for (Site s : observed) {
      Point2D p = v.pixel(s.place().lon(), s.place().lat());
      if (v.frame().contains(p)) {
        out.add(new LabelRequest(
            "place:" + s.place().id(),
            Kind.PLACE,
            s.place().name(),
            p,
            2.6 * u,
            4000 + i++,
            false,
            (float) (12.5 * u),
            0,
            l.rightToLeft()));
      }
    }
    return out;
  }

  private static String countryName(BasemapShapes.CountryShape c, MapLanguage l) {
    String name = c.country().name(l.code());
    return Fonts.hasArabic(name) ? name : name.toUpperCase(l.locale());
  }
}
