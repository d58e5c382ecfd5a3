package dev.weather.nws;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.util.unit.DataSize;

/** An NWS client wired exactly as in the app, pointed at a test server; close it after the test. */
public record TestNws(
    NwsClient client,
    HttpComponentsClientHttpRequestFactory http,
    MeterRegistry meters,
    Deadlines deadlines)
    implements AutoCloseable {

  public static final String USER_AGENT = "durable-weather-tests (tests@example.com)";

  /**
   * Timeouts generous enough for a cold JVM on a busy machine (PIT's first test): no test here
   * times NWS out.
   */
  public static TestNws at(String baseUrl, Clock clock) {
    return at(baseUrl, clock, Duration.ofSeconds(15));
  }

  /** With each call cut short after {@code callTimeout}. */
  public static TestNws at(String baseUrl, Clock clock, Duration callTimeout) {
    NwsProperties properties =
        new NwsProperties(
            URI.create(baseUrl),
            USER_AGENT,
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            callTimeout,
            4,
            DataSize.ofMegabytes(2));
    NwsClientConfig config = new NwsClientConfig();
    Deadlines deadlines = config.nwsDeadlines();
    HttpComponentsClientHttpRequestFactory http = config.nwsRequestFactory(properties, deadlines);
    MeterRegistry meters = new SimpleMeterRegistry();
    return new TestNws(
        config.nwsClient(http, deadlines, properties, clock, meters), http, meters, deadlines);
  }

  @Override
  public void close() throws Exception {
    http.destroy();
    deadlines.close();
  }
}
