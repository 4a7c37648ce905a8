package io.frontline.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontlineJsonTest {
  record Row(
      String actorId, LocalDate onDate, Optional<String> note, Map<String, Double> byGrade) {}

  @Test
  void writesSnakeCaseIsoDatesNullOptionalsAndMapsInKeyOrder() throws JsonProcessingException {
    Map<String, Double> grades = new LinkedHashMap<>();
    grades.put("C3", 3.0);
    grades.put("B1", 1.0);
    grades.put("implied", 4.0);
    grades.put("A2", 2.0);

    String json = FrontlineJson.MAPPER.writeValueAsString(
        new Row("is", LocalDate.of(2016, 2, 1), Optional.empty(), grades));

    assertThat(json)
        .isEqualTo("{\"actor_id\":\"is\",\"on_date\":\"2016-02-01\",\"note\":null,"
            + "\"by_grade\":{\"A2\":2.0,\"B1\":1.0,\"C3\":3.0,\"implied\":4.0}}");
  }

  @Test
  void anUnorderedMapIsWrittenTheSameWhateverItsIterationOrder() {
    Map<String, Integer> kinds =
        Map.of("news", 1, "official", 2, "ngo", 3, "monitor", 4, "social", 5);

    assertThat(FrontlineJson.tree(Map.of("kinds", kinds)).get("kinds").fieldNames())
        .toIterable()
        .containsExactly("monitor", "news", "ngo", "official", "social");
  }

  @Test
  void refusesDuplicateKeysAndTrailingTokens() {
    assertThatThrownBy(() -> FrontlineJson.MAPPER.readTree("{\"a\":1,\"a\":2}"))
        .hasMessageContaining("Duplicate field 'a'");
    assertThatThrownBy(() -> FrontlineJson.MAPPER.readTree("{\"a\":1} {"))
        .hasMessageContaining("Trailing token");
  }
}
