package io.frontline.gazetteer;

/**
 * How many people a settlement stands for in population figures. The plain estimate is the gazetteer's own figure;
 * a better one apportions regional totals to the settlements (see METHOD.md).
 */
public interface PopulationEstimate {
  /** The gazetteer's population figures as they are. */
  PopulationEstimate GAZETTEER = new PopulationEstimate() {
    @Override
    public long people(Place place) {
      return place.population();
    }

    @Override
    public String method() {
      return "gazetteer populations of the settlements held";
    }
  };

  long people(Place place);

  /** One sentence saying how the estimate is made, for the figures' method; it also keys cached indexes. */
  String method();
}
