package io.frontline.formats.events;

import io.frontline.actors.Actors;
import io.frontline.basemap.Basemap;
import io.frontline.gazetteer.Gazetteer;
import java.time.LocalDate;
import java.util.function.LongConsumer;

/**
 * What an event read needs: the known actors (sides map through their ids, names and aliases), the gazetteer (to
 * place the strike releases' place names; may be null for the other formats), the basemap (to tell swapped
 * coordinates from the country the row names; may be null), today (no event after it), and a progress hook told the
 * number of rows read every {@link #PROGRESS_EVERY} rows and at the end.
 */
public record EventReadOptions(
    Actors actors, Gazetteer gazetteer, Basemap basemap, LocalDate today, LongConsumer progress) {
  public static final int PROGRESS_EVERY = 10_000;

  public EventReadOptions {
    if (actors == null || today == null) {
      throw new IllegalArgumentException("an event read needs the actors and today's date");
    }
    progress = progress == null ? n -> {} : progress;
  }

  public EventReadOptions(Actors actors, Gazetteer gazetteer, Basemap basemap) {
    this(actors, gazetteer, basemap, LocalDate.now(java.time.ZoneOffset.UTC), null);
  }

  public EventReadOptions withProgress(LongConsumer hook) {
    return new EventReadOptions(actors, gazetteer, basemap, today, hook);
  }
}
