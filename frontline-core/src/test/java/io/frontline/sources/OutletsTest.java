package io.frontline.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletsTest {
  private static final Outlets TABLE = new Outlets(List.of(
      new Outlet("reuters.com", "Reuters", OutletKind.WIRE, 'B', "news agency"),
      new Outlet("presstv.ir", "Press TV", OutletKind.STATE, 'D', "state media (Iran)"),
      new Outlet("defence.pk", "Pakistan Defence forum", OutletKind.FORUM, 'E', "forum")));

  @Test
  void findsAHostByItselfOrItsParentDomains() {
    assertThat(TABLE.of("https://in.reuters.com/article/x").name()).isEqualTo("Reuters");
    assertThat(TABLE.of("https://www.presstv.ir/Detail/1").host()).isEqualTo("presstv.ir");
    assertThat(TABLE.of("https://defence.pk./threads/1").kind()).isEqualTo(OutletKind.FORUM);
    assertThat(TABLE.of("https://example.org/a")).isEqualTo(Outlet.unknown("example.org"));
    assertThat(TABLE.find("reuters.com.evil.example")).isEmpty();
  }

  @Test
  void aSourceIsWeakOnlyWhenEveryUrlIsOnAFlaggedOutlet() {
    Source weak = new Source(
        "", List.of("https://presstv.ir/a", "https://defence.pk/b"), "", SourceKind.NEWS);
    Source mixed = new Source(
        "", List.of("https://presstv.ir/a", "https://reuters.com/b"), "", SourceKind.NEWS);
    Source untitled = new Source("A book", List.of(), "", SourceKind.NEWS);
    assertThat(TABLE.onlyFlagged(weak))
        .extracting(Outlet::host)
        .containsExactly("presstv.ir", "defence.pk");
    assertThat(TABLE.onlyFlagged(mixed)).isEmpty();
    assertThat(TABLE.onlyFlagged(untitled)).isEmpty();
    assertThat(TABLE.of("presstv.ir").describe()).isEqualTo("presstv.ir (state media, Iran)");
  }
}
