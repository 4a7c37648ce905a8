package io.frontline.formats.geonames;

/** What a dump held: data lines read, places passed to the consumer (after the filter), malformed lines. */
public record GeoNamesSummary(long lines, long places, long malformed) {}
