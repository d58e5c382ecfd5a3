package dev.weather.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.weather.activities.WeatherActivitiesImpl;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Location;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.nws.TestNws;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On the real server, which times attempts out and retries them itself: an attempt Temporal has
 * timed out sends NWS nothing more, though the SDK never stops the thread that runs it. Two things
 * see to it, and either alone is enough here: the attempt's deadline, which cuts its calls short
 * and lets none start after it (pinned alone in WeatherActivitiesTest), and the heartbeat before
 * each station, which learns from the server that the attempt is gone. Without both, this attempt
 * would go on asking station after station beside the run that had moved on.
 */
class TimedOutAttemptTest {

  @RegisterExtension static WireMockExtension nws = NwsStub.extension();

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T20:00:00Z"), ZoneOffset.UTC);

  @Test
  void sendsNwsNothingOnceItsTimeIsUp() throws Exception {
    NwsFixtures.serve(nws, CLOCK);
    // Every station takes 1.5 s to fail: in an attempt of 2 s, the first answers, the second is cut
    // short, and the
    // third would be asked at 3 s, after the attempt (a single one: no time is left in the budget
    // to retry it).
    nws.stubFor(
        get(urlPathMatching("/stations/.*/observations/latest"))
            .atPriority(0)
            .willReturn(
                NwsFixtures.problem(500, "UnexpectedProblem", "Unexpected Problem", "Slow.")
                    .withFixedDelay(1500)));
    RetryBudget oneAttempt =
        new RetryBudget(
            Duration.ofSeconds(2),
            Duration.ofSeconds(1),
            2.0,
            Duration.ofSeconds(10),
            Duration.ofMillis(2500));

    try (TestNws test = TestNws.at(nws.baseUrl(), CLOCK);
        TestWorkflowEnvironment environment =
            TestEnvironments.onDevServer(TimedOutAttemptTest.class)) {
      Worker worker = environment.newWorker(TestEnvironments.TASK_QUEUE);
      worker.registerWorkflowImplementationTypes(WeatherWorkflowImpl.class);
      worker.registerActivitiesImplementations(new WeatherActivitiesImpl(test.client(), CLOCK));
      environment.start();
      WeatherWorkflow workflow =
          environment
              .getWorkflowClient()
              .newWorkflowStub(
                  WeatherWorkflow.class,
                  WorkflowOptions.newBuilder()
                      .setTaskQueue(TestEnvironments.TASK_QUEUE)
                      .setWorkflowId("timed-out")
                      .build());

      WeatherReport report =
          workflow.report(
              new ForecastRequest(
                  Location.of(new Coordinates(41.967, -71.189)), Units.US, oneAttempt));
      Instant ended = Instant.now();
      Thread.sleep(2500);

      assertThat(report.unavailable()).containsExactly(Part.NOW);
      List<LoggedRequest> observations =
          nws.findAll(getRequestedFor(urlPathMatching("/stations/.*/observations/latest")));
      assertThat(observations)
          .extracting(r -> r.getLoggedDate().toInstant())
          .allMatch(at -> at.isBefore(ended));
      assertThat(observations)
          .extracting(LoggedRequest::getUrl)
          .containsExactly(
              "/stations/KTAN/observations/latest", "/stations/KOWD/observations/latest");
      nws.verify(0, getRequestedFor(urlPathEqualTo("/stations/KPVD/observations/latest")));
    }
  }
}
