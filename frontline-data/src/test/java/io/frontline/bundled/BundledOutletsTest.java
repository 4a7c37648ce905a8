package io.frontline.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.sources.Outlet;
import io.frontline.sources.OutletKind;
import io.frontline.sources.Outlets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BundledOutletsTest {
  private static final Pattern URL = Pattern.compile("https?://[^\\s,\"]+");
  private static final List<String> SCENARIO_FILES = List.of(
      "scenario/is-control-changes.csv",
      "scenario/is-control-changes-extended.csv",
      "scenario/review/is-towns-2014-2019.csv");

  @Test
  void everyHostTheScenarioFilesCiteIsAKnownOutlet() throws IOException {
    Outlets table = BundledOutlets.table();
    Set<String> unknown = new TreeSet<>();
    for (String file : SCENARIO_FILES) {
      for (String url : urls(file)) {
        if (table.find(url).isEmpty()) {
          unknown.add(Outlets.host(url));
        }
      }
    }
    assertThat(unknown).as("hosts missing from " + BundledOutlets.FILE).isEmpty();
  }

  @Test
  void knowsTheStateAndPartisanOutletsForWhatTheyAre() {
    Outlets table = BundledOutlets.table();
    assertThat(table.of("https://www.presstv.ir/x").describe())
        .isEqualTo("presstv.ir (state media, Iran)");
    assertThat(table.of("https://en.alalam.ir/x").kind()).isEqualTo(OutletKind.STATE);
    assertThat(table.of("https://rt.com/x").describe()).isEqualTo("rt.com (state media, Russia)");
    assertThat(table.of("https://sana.sy/x").describe()).isEqualTo("sana.sy (state media, Syria)");
    assertThat(table.of("https://southfront.org/x").kind()).isEqualTo(OutletKind.PARTISAN);
    assertThat(table.of("https://almasdarnews.com/x").kind()).isEqualTo(OutletKind.PARTISAN);
    assertThat(table.of("https://defence.pk/x").kind()).isEqualTo(OutletKind.FORUM);
    assertThat(table.of("https://www.wikizero.com/x").kind()).isEqualTo(OutletKind.MIRROR);
    assertThat(table.of("https://in.reuters.com/x").kind()).isEqualTo(OutletKind.WIRE);
    assertThat(table.of("https://apnews.com/x").kind()).isEqualTo(OutletKind.WIRE);
    assertThat(table.of("https://www.aljazeera.com/x").note()).contains("state-funded");
    assertThat(table.of("https://understandingwar.org/x").kind()).isEqualTo(OutletKind.ANALYST);
    assertThat(table.all()).extracting(Outlet::reliability).allSatisfy(r -> assertThat(r)
        .isBetween('A', 'F'));
  }

  private static List<String> urls(String file) throws IOException {
    List<String> urls = new java.util.ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Resources.open(file), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Matcher m = URL.matcher(line);
        while (m.find()) {
          urls.add(m.group());
        }
      }
    }
    return urls;
  }
}
