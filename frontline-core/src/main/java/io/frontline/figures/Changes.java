package io.frontline.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed between two dates. Parties are actor ids, "contested" for contested ground and "none" for ground
 * no observation covered. {@code transfers} is ground that passed between parties (the balances sum these);
 * {@code coverage} is ground that entered or left the observed map (from or to "none"): not a gain or loss, a change
 * in what the data covers. Likewise {@code places} are the settlements that changed hands, and
 * {@code coveragePlaces} those that entered or left the observed map (first recorded after the first date, or no
 * longer covered on the second).
 */
public record Changes(
    LocalDate from,
    LocalDate to,
    List<Transfer> transfers,
    List<Transfer> coverage,
    List<Balance> balances,
    List<PlaceChange> places,
    List<PlaceChange> coveragePlaces,
    Method method) {

  public static final String NONE = "none";
  public static final String CONTESTED = "contested";

  public Changes {
    transfers = List.copyOf(transfers);
    coverage = List.copyOf(coverage);
    balances = List.copyOf(balances);
    places = List.copyOf(places);
    coveragePlaces = List.copyOf(coveragePlaces);
  }

  /** Ground that passed from one party to another. */
  public record Transfer(
      String from, String to, double area_km2, long population, int settlements) {}

  /** An actor's gains and losses. */
  public record Balance(String actor, double gained_km2, double lost_km2, double net_km2) {}

  /**
   * A settlement that changed hands (or entered or left the observed map), with the observation that decided its
   * holder on the second date (on the first, for a place no longer covered on the second): its {@code date},
   * {@code precision}, lineage ({@code observation}), source, URLs and note. The change's own date is
   * {@code changedOn}: the first day of the holding in effect then (the first of the consecutive holdings with the
   * same holder and status), with the precision, lineage, source and URLs of the observation that began it.
   */
  public record PlaceChange(
      long placeId,
      String name,
      String country,
      long population,
      boolean observed,
      String from,
      String to,
      String date,
      String precision,
      String observation,
      String source,
      List<String> urls,
      String note,
      String changedOn,
      String changedPrecision,
      String changedObservation,
      String changedSource,
      List<String> changedUrls) {
    public PlaceChange {
      urls = List.copyOf(urls);
      changedUrls = List.copyOf(changedUrls == null ? urls : changedUrls);
      changedOn = changedOn == null ? date : changedOn;
      changedPrecision = changedPrecision == null ? precision : changedPrecision;
      changedObservation = changedObservation == null ? observation : changedObservation;
      changedSource = changedSource == null ? source : changedSource;
    }

    /** A change whose own date is that of its deciding observation. */
    public PlaceChange(
        long placeId,
        String name,
        String country,
        long population,
        boolean observed,
        String from,
        String to,
        String date,
        String precision,
        String observation,
        String source,
        List<String> urls,
        String note) {
      this(
          placeId,
          name,
          country,
          population,
          observed,
          from,
          to,
          date,
          precision,
          observation,
          source,
          urls,
          note,
          null,
          null,
          null,
          null,
          null);
    }
  }
}
