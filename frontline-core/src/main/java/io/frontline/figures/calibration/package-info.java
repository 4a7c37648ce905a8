/**
 * Frontline's series against figures others published (RAND, IHS, official statements): each comparison in the
 * published figure's own terms (a mean over its period, a peak, a share lost), and the rules a series must keep to
 * stay true to the published record. Nothing here changes a figure; it only measures how far they agree.
 */
package io.frontline.figures.calibration;
