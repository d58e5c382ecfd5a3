package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.NwsProblem;
import dev.weather.workflow.RunProgress;
import dev.weather.workflow.RunProgress.Status;
import dev.weather.workflow.RunProgress.Step;
import dev.weather.workflow.RunProgress.StepState;
import dev.weather.workflow.RunState.Retry;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepViewTest {

  private static final Instant NOW = Instant.parse("2026-03-10T20:00:00Z");
  private static final RunProgress FORECAST_RUNNING =
      new RunProgress(List.of(new StepState(Step.FORECAST, Status.RUNNING)), null);

  @Test
  void tellsWhenARetriedStepTriesAgainAndWhatNwsLastSaid() {
    NwsProblem expired = new NwsProblem(503, null, "Forecast Grid Expired", null, "c1");
    NwsProblem timedOut = new NwsProblem(0, null, "Timed out", null, null);

    assertThat(text(new Retry(Step.FORECAST, 4, NOW.plusMillis(7400), expired, "")))
        .isEqualTo(
            "attempt 4 in 7 s; last time the National Weather Service answered 503 (Forecast Grid Expired)");
    assertThat(text(new Retry(Step.FORECAST, 4, null, timedOut, "")))
        .isEqualTo("attempt 4; last time the National Weather Service did not answer (timed out)");
    assertThat(text(new Retry(Step.FORECAST, 2, NOW.minusSeconds(1), null, "activity timeout")))
        .isEqualTo("attempt 2; last time the National Weather Service did not answer in time");
    assertThat(
            text(
                new Retry(
                    Step.FORECAST, 2, null, new NwsProblem(0, null, "No answer", null, null), "")))
        .isEqualTo("attempt 2; last time the National Weather Service did not answer");
  }

  @Test
  void namesEveryStateOfAStepInWords() {
    RunProgress progress =
        new RunProgress(
            List.of(
                new StepState(Step.PLACE, Status.DONE),
                new StepState(Step.FORECAST, Status.RUNNING),
                new StepState(Step.HOURLY, Status.FAILED),
                new StepState(Step.ALERTS, Status.SKIPPED)),
            null);

    assertThat(StepView.of(progress, List.of(), NOW))
        .extracting(StepView::text)
        .containsExactly(
            "done", "asking the National Weather Service", "could not be had", "not needed here");
    assertThat(StepView.of(progress, List.of(), NOW))
        .extracting(StepView::step)
        .containsExactly("place", "forecast", "hourly", "alerts");
    assertThat(StepView.of(progress, List.of(), NOW))
        .extracting(StepView::status)
        .containsExactly("done", "running", "failed", "skipped");
  }

  @Test
  void labelsEachStepAsTheProgressPageListsIt() {
    RunProgress progress =
        new RunProgress(
            List.of(
                new StepState(Step.PLACE, Status.WAITING),
                new StepState(Step.FORECAST, Status.WAITING),
                new StepState(Step.NOW, Status.WAITING),
                new StepState(Step.HOURLY, Status.WAITING),
                new StepState(Step.ALERTS, Status.WAITING)),
            null);

    assertThat(StepView.of(progress, List.of(), NOW))
        .extracting(StepView::label)
        .containsExactly(
            "Finding the place on the NWS grid",
            "7-day forecast",
            "Current conditions",
            "Next 48 hours",
            "Alerts");
    assertThat(StepView.of(progress, List.of(), NOW))
        .extracting(StepView::text)
        .containsOnly("waiting");
  }

  @Test
  void marksARetriedStepWithItsAttemptAndLastError() {
    NwsProblem expired = new NwsProblem(503, null, "Forecast Grid Expired", null, "c1");

    StepView view =
        StepView.of(FORECAST_RUNNING, List.of(new Retry(Step.FORECAST, 3, null, expired, "")), NOW)
            .get(0);

    assertThat(view)
        .isEqualTo(
            new StepView(
                "forecast",
                "7-day forecast",
                "retrying",
                3,
                "the National Weather Service answered 503 (Forecast Grid Expired)",
                "attempt 3; last time the National Weather Service answered 503 (Forecast Grid Expired)"));
    assertThat(
            StepView.of(
                    FORECAST_RUNNING, List.of(new Retry(Step.HOURLY, 3, null, expired, "")), NOW)
                .get(0)
                .status())
        .as("a retry of another step")
        .isEqualTo("running");
    assertThat(text(new Retry(Step.FORECAST, 2, NOW.plusMillis(300), expired, "")))
        .as("at least a second")
        .startsWith("attempt 2 in 1 s;");
  }

  private static String text(Retry retry) {
    return StepView.of(FORECAST_RUNNING, List.of(retry), NOW).get(0).text();
  }
}
