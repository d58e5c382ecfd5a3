package dev.weather.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The app on a machine that cannot reach NWS at all: the page says so at once, instead of showing a
 * run retrying for its whole budget, and names the demo profile; the JSON API answers the same 503.
 */
@EndToEnd(
    stubNws = false,
    properties = {
      "weather.nws.base-url=http://127.0.0.1:1", // nothing listens on port 1: every connection is
      // refused
      "weather.retry.total=60s" // runs go on retrying far longer than this test takes
    })
class OfflineEndToEndTest {

  private final App app;

  OfflineEndToEndTest(App app) {
    this.app = app;
  }

  @Test
  void saysNwsCannotBeReachedAtOnceAndNamesTheDemo() throws Exception {
    // The first view of all may come before the first call has failed (a cold start): then it
    // follows its run, whose
    // address already says NWS cannot be reached, as the run's page script and its refresh find.
    HttpResponse<String> first = app.open("/weather?lat=41.8&lon=-71.1");
    if (first.statusCode() == 200) {
      assertThat(first.body()).contains("Fetching the forecast");
      HttpResponse<String> run = app.open("/api/runs/forecast-41.8,-71.1-us");
      assertThat(run.statusCode()).isEqualTo(503);
      assertThat(app.open("/weather/runs/forecast-41.8,-71.1-us").body())
          .contains("cannot be reached");
    }
    for (String point : new String[] {"lat=41.9&lon=-71.2", "lat=42.1&lon=-71.3"}) {
      long start = System.nanoTime();
      HttpResponse<String> page = app.open("/weather?" + point);

      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("within the page's wait, not the retry budget")
          .isLessThan(Duration.ofSeconds(10));
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.body())
          .contains(
              "The National Weather Service cannot be reached",
              "(127.0.0.1)",
              "<code class=\"command\">./mvnw spring-boot:test-run</code>")
          .doesNotContain("Fetching the forecast");
    }
    HttpResponse<String> api = app.open("/api/forecast?lat=41.95&lon=-71.25");
    assertThat(api.statusCode()).isEqualTo(503);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(api.body()).contains("cannot be reached", "./mvnw spring-boot:test-run");
  }
}
