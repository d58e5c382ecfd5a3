package dev.weather.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.weather.MovableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A run older than its namespace's retention, on the real dev server: the server deletes it, as it
 * does every closed run once the retention has passed (a day in a namespace the app makes; 2 s
 * here), and its page and API address answer 404 saying why.
 */
@EndToEnd(properties = "spring.main.allow-bean-definition-overriding=true", retention = "PT2S")
class RetentionEndToEndTest {

  @TestConfiguration(proxyBeanMethods = false)
  static class Time {
    @Bean
    @Primary
    MovableClock clock() {
      return new MovableClock();
    }
  }

  private final App app;

  RetentionEndToEndTest(App app) {
    this.app = app;
  }

  @Autowired private MovableClock clock;

  @Test
  void aRunPastItsRetentionIsNotFoundAndThePageSaysWhy() {
    String run = "/weather/runs/forecast-41.97,-71.19-us";
    assertThat(app.open("/weather?lat=41.97&lon=-71.19").statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> app.open(run).body().contains("BOX 70,82"));
    clock.advance(
        Duration.ofMinutes(6)); // the app's own copy of the report is out of date: it asks Temporal

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> app.open(run).statusCode() == 404);
    HttpResponse<String> page = app.open(run);
    HttpResponse<String> api = app.open(run.replace("/weather/runs/", "/api/runs/"));

    assertThat(page.body())
        .contains("No such forecast run", "Temporal keeps a finished run only for a time");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(api.body()).contains("\"title\":\"No such forecast run\"");
  }
}
