package io.frontline.render.labels;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.render.text.TextPainter;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelPlacerTest {
  final LabelPlacer placer = new LabelPlacer(new TextPainter(TextPainter.Mode.OUTLINES), 4);
  final Rectangle2D frame = new Rectangle2D.Double(0, 0, 800, 600);

  static LabelRequest city(int i, double x, double y, boolean rtl) {
    return new LabelRequest(
        "city:" + i,
        LabelRequest.Kind.CITY,
        (rtl ? "مدينة " : "Town ") + i,
        new Point2D.Double(x, y),
        3,
        i,
        false,
        14,
        0,
        rtl);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2024})
  void placedBoxesNeverOverlapOrLeaveTheFrame(long seed) {
    Random random = new Random(seed);
    List<LabelRequest> requests = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      requests.add(
          city(i, random.nextDouble() * 800, random.nextDouble() * 600, random.nextBoolean()));
    }
    requests.add(new LabelRequest(
        "country:SY",
        LabelRequest.Kind.COUNTRY,
        "SYRIA",
        new Point2D.Double(400, 300),
        0,
        500,
        false,
        18,
        0.18f,
        false));
    Placement p = placer.place(requests, frame, List.of(new Rectangle2D.Double(0, 560, 200, 40)));
    List<Rectangle2D> boxes = p.boxes();
    for (int i = 0; i < boxes.size(); i++) {
      assertThat(frame.contains(boxes.get(i)))
          .as("seed %d: box %d in the frame", seed, i)
          .isTrue();
      assertThat(boxes.get(i).intersects(0, 560, 200, 40))
          .as("seed %d: box %d clear of the obstacle", seed, i)
          .isFalse();
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(boxes.get(i).intersects(boxes.get(j)))
            .as("seed %d: boxes %d and %d", seed, i, j)
            .isFalse();
      }
    }
    assertThat(p.placed().size() + p.dropped().size()).isEqualTo(requests.size());
    assertThat(p.dropped()).isNotEmpty();
  }

  @Test
  void aLabelGoesRightOfItsPointAndLeftForArabic() {
    Placement ltr = placer.place(List.of(city(1, 400, 300, false)), frame, List.of());
    Placement rtl = placer.place(List.of(city(1, 400, 300, true)), frame, List.of());
    assertThat(ltr.placed().get(0).position()).isEqualTo(PlacedLabel.Position.RIGHT);
    assertThat(ltr.placed().get(0).box().getMinX()).isGreaterThan(400);
    assertThat(rtl.placed().get(0).position()).isEqualTo(PlacedLabel.Position.LEFT);
    assertThat(rtl.placed().get(0).box().getMaxX()).isLessThan(400);
  }

  @Test
  void aLabelAtTheRightEdgeMovesLeftAndHigherPriorityWins() {
    Placement p =
        placer.place(List.of(city(2, 790, 300, false), city(1, 760, 300, false)), frame, List.of());
    assertThat(p.placed().get(0).request().id()).isEqualTo("city:1");
    assertThat(p.placed()).allSatisfy(l -> assertThat(frame.contains(l.box())).isTrue());
  }
}
