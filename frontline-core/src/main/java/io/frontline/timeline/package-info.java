/**
 * The two time axes: when something happened (a {@link io.frontline.timeline.FuzzyDate}, known to a day, a month or
 * a year, taking effect from the first day of its period) and when it was recorded
 * ({@link io.frontline.timeline.RecordTime}, with which any past state of the record is read again).
 */
package io.frontline.timeline;
