package io.frontline.formats.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The event files Frontline reads, told apart by their header: UCDP GED (its full column set, or any subset that
 * keeps the required columns), ACLED's export, and the coalition's daily strike releases as parsed by the
 * uscentcom-isil-airstrikes-scraper. {@code dataset} is the name events keep ("ucdp-ged:242066").
 */
public enum EventFormat {
  UCDP_GED(
      "ucdp-ged",
      List.of("id", "year", "side_a", "side_b", "latitude", "longitude", "where_prec"),
      List.of(
          "id",
          "relid",
          "year",
          "active_year",
          "code_status",
          "type_of_violence",
          "conflict_dset_id",
          "conflict_new_id",
          "conflict_name",
          "dyad_dset_id",
          "dyad_new_id",
          "dyad_name",
          "side_a_dset_id",
          "side_a_new_id",
          "side_a",
          "side_b_dset_id",
          "side_b_new_id",
          "side_b",
          "number_of_sources",
          "source_article",
          "source_office",
          "source_date",
          "source_headline",
          "source_original",
          "where_prec",
          "where_coordinates",
          "where_description",
          "adm_1",
          "adm_2",
          "latitude",
          "longitude",
          "geom_wkt",
          "priogrid_gid",
          "country",
          "country_id",
          "region",
          "event_clarity",
          "date_prec",
          "date_start",
          "date_end",
          "deaths_a",
          "deaths_b",
          "deaths_civilians",
          "deaths_unknown",
          "best",
          "high",
          "low",
          "gwnoa",
          "gwnob")),
  ACLED(
      "acled",
      List.of(
          "event_id_cnty",
          "event_date",
          "event_type",
          "actor1",
          "latitude",
          "longitude",
          "geo_precision"),
      List.of(
          "data_id",
          "iso",
          "iso3",
          "event_id_cnty",
          "event_id_no_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp")),
  STRIKE_RELEASES(
      "cjtf-oir-strikes",
      List.of("date", "country", "location", "number", "line"),
      List.of("date", "country", "location", "number", "manually_edited", "description", "line"));

  private final String dataset;
  private final List<String> required;
  private final Set<String> known;

  EventFormat(String dataset, List<String> required, List<String> known) {
    this.dataset = dataset;
    this.required = List.copyOf(required);
    this.known = Set.copyOf(known);
  }

  public String dataset() {
    return dataset;
  }

  public List<String> required() {
    return required;
  }

  public boolean knows(String column) {
    return known.contains(column);
  }

  /** The format whose identifying columns the header has: where_prec, event_id_cnty, or manually_edited/line. */
  public static Optional<EventFormat> detect(List<String> header) {
    if (header.contains("where_prec") || header.contains("side_a")) {
      return Optional.of(UCDP_GED);
    }
    if (header.contains("event_id_cnty")) {
      return Optional.of(ACLED);
    }
    if (header.contains("manually_edited")
        || header.contains("line") && header.contains("number")) {
      return Optional.of(STRIKE_RELEASES);
    }
    return Optional.empty();
  }
}
