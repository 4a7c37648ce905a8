package io.frontline.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class with one server on a loopback port over a fresh copy of the demo store, shared by its tests. */
public abstract class ServerTest {
  protected static ServerFixture fixture;
  protected static Http http;

  @BeforeAll
  static void startServer() {
    fixture = ServerFixture.start();
    http = fixture.http();
  }

  @AfterAll
  static void stopServer() {
    fixture.close();
  }
}
