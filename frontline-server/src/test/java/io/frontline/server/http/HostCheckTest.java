package io.frontline.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostCheckTest {
  private final HostCheck loopback = new HostCheck(true, List.of());
  private final HostCheck proxied = new HostCheck(true, List.of("Monitor.Example.org"));
  private final HostCheck network = new HostCheck(false, List.of());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.0.0.1:18080",
        "localhost",
        "LOCALHOST:8080",
        "127.1.2.3:80",
        "[::1]",
        "[::1]:8080",
        "127.255.255.255"
      })
  void loopbackNamesAreAnswered(String host) {
    assertThat(loopback.allows(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1.rebind.evil.example",
        "127.0.0.1.rebind.evil.example:18080",
        "127.evil.example",
        "localhost.evil.example",
        "evil.example",
        "127.0.0.256",
        "127.0.0.1:99999",
        "127.0.0.1:80:80",
        "127.0.0.1 ",
        " 127.0.0.1",
        "127.0.0.1@evil.example",
        "evil.example#127.0.0.1",
        "[::1].evil.example",
        "[::2]",
        "",
        "127.0.0.1\u0000.evil",
        "0.0.0.0",
        "10.0.0.1",
        "127..0.1",
        "localhost.:8080"
      })
  void everyOtherNameIsRefusedOnLoopback(String host) {
    assertThat(loopback.allows(host)).isFalse();
  }

  @Test
  void aMissingHostIsRefused() {
    assertThat(loopback.allows(null)).isFalse();
    assertThat(network.allows(null)).isFalse();
  }

  @Test
  void configuredNamesAreAnsweredExactly() {
    assertThat(proxied.allows("monitor.example.org")).isTrue();
    assertThat(proxied.allows("monitor.example.org:443")).isTrue();
    assertThat(proxied.allows("127.0.0.1:8080")).isTrue();
    assertThat(proxied.allows("monitor.example.org.evil.example")).isFalse();
    assertThat(proxied.allows("evil.monitor.example.org")).isFalse();
  }

  @Test
  void aNetworkServerWithoutNamesAnswersToAnyWellFormedName() {
    assertThat(network.allows("monitor.example.org")).isTrue();
    assertThat(network.allows("192.0.2.7:8080")).isTrue();
    assertThat(network.allows("bad host")).isFalse();
  }
}
