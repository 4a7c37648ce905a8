package io.frontline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
  static final Path STORE = Path.of("frontline.gpkg");

  @Test
  void loopbackNeedsNoToken() {
    assertThat(ServerConfig.local(STORE, 0).loopback()).isTrue();
    assertThat(ServerConfig.local(STORE, 0).withHost("localhost").loopback()).isTrue();
  }

  @Test
  void anyOtherAddressRefusesToStartWithoutAToken() {
    assertThatThrownBy(() -> ServerConfig.local(STORE, 0).withHost("0.0.0.0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a write token");
    assertThat(ServerConfig.local(STORE, 0)
            .withToken("0123456789abcdef-long")
            .withHost("0.0.0.0")
            .loopback())
        .isFalse();
  }

  @Test
  void aShortTokenIsRefused() {
    assertThatThrownBy(() -> ServerConfig.local(STORE, 0).withToken("short"))
        .hasMessageContaining("at least 16 characters");
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(() -> new ServerConfig(
            STORE, "127.0.0.1", 70000, Optional.empty(), "me", 35, 4096, 8192, 1, List.of()))
        .hasMessageContaining("port");
    assertThatThrownBy(() -> new ServerConfig(
            STORE, "127.0.0.1", 0, Optional.empty(), "me", 0.5, 4096, 8192, 1, List.of()))
        .hasMessageContaining("zone radius");
  }

  @Test
  void allowedHostsArePlainHostNames() {
    ServerConfig config =
        ServerConfig.local(STORE, 0).withAllowedHosts(List.of("monitor.example.org"));
    assertThat(config.allowedHosts()).containsExactly("monitor.example.org");
    assertThat(config.describe()).contains("also answering to monitor.example.org");
    for (String bad : List.of("evil.example:80", "a b", "http://x.example", "x.example/", "")) {
      assertThatThrownBy(() -> ServerConfig.local(STORE, 0).withAllowedHosts(List.of(bad)))
          .as(bad)
          .hasMessageContaining("plain host name");
    }
  }
}
