package io.frontline.render.geo;

/**
 * A scale bar for a viewport: a round ground length ({@code km}) and its length in pixels at the panel's centre, so
 * that it is true there (to the precision of the geodesic measure, far better than 1%).
 */
public record ScaleBar(double km, double lengthPx, double kmPerPixel) {
  private static final double[] STEPS = {1, 2, 2.5, 5};

  /** The roundest length that fits in about {@code maxPx} pixels. */
  public static ScaleBar of(Viewport viewport, double maxPx) {
    double kmPerPixel = viewport.kmPerPixelAtCentre();
    double target = kmPerPixel * maxPx;
    double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
    double km = magnitude;
    for (double step : STEPS) {
      if (step * magnitude <= target) {
        km = step * magnitude;
      }
    }
    return new ScaleBar(km, km / kmPerPixel, kmPerPixel);
  }
}
