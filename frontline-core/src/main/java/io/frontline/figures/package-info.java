/**
 * The figures a reader sees, computed from a {@link io.frontline.control.ControlIndex}: area, population, settlements
 * and cities per actor on a date ({@link io.frontline.figures.FiguresOp}), their daily series, the changes between two
 * dates ({@link io.frontline.figures.ChangesOp}) and areas put in terms of countries. Every figure comes with its
 * range (the cautious and the generous reach) and the method behind it; contested ground counts for both parties and
 * in no one's area; areas are geodesic, summed unrounded and rounded to 0.1 km2 only when reported.
 */
package io.frontline.figures;
