package dev.weather.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.Units;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** A run's failure as the fault a person is told of, and as a log line says it. */
class ForecastExceptionTest {

  private static final ReportKey KEY =
      new ReportKey(Location.of(new Coordinates(41.967, -71.189)), Units.US);

  @Test
  void keepsAFaultAlreadyKnownFoundInsideACompletionException() {
    ForecastException known = new ForecastException(NwsFault.NOT_FOUND, KEY.location(), null, null);

    assertThat(ForecastException.of(KEY, new CompletionException(known))).isSameAs(known);
  }

  @Test
  void readsTheFaultOfARunThatFailedFromItsFailuresType() {
    ForecastException why = ForecastException.of(KEY, failedRun(NwsFault.REJECTED));

    assertThat(why.fault()).isEqualTo(NwsFault.REJECTED);
    assertThat(why.location()).isEqualTo(KEY.location());
    assertThat(why.problem()).isNull();
    assertThat(why.logText()).as("the run ended, NWS said nothing").isEqualTo("no NWS answer");
  }

  @Test
  void takesAnythingElseForTemporalBeingAwayAndSaysSoInTheLog() {
    ForecastException why =
        ForecastException.of(KEY, new IllegalStateException("connection refused"));

    assertThat(why.fault()).isEqualTo(NwsFault.UNAVAILABLE);
    assertThat(why.problem()).isNull();
    assertThat(why.logText())
        .isEqualTo(
            "Temporal could not run it: java.lang.IllegalStateException: connection refused");
  }

  @Test
  void logsWhatNwsLastSaidWhenItSaidSomething() {
    NwsProblem problem = new NwsProblem(503, "", "Forecast Grid Expired", "", "c1");

    assertThat(new ForecastException(NwsFault.UNAVAILABLE, KEY.location(), problem, null).logText())
        .isEqualTo("HTTP 503 Forecast Grid Expired, correlation id c1");
    assertThat(new ForecastException(NwsFault.UNAVAILABLE, KEY.location(), null, null).logText())
        .isEqualTo("no NWS answer");
  }

  private static WorkflowFailedException failedRun(NwsFault fault) {
    return new WorkflowFailedException(
        WorkflowExecution.newBuilder().setWorkflowId(KEY.workflowId()).build(),
        "WeatherWorkflow",
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
        1,
        RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE,
        ApplicationFailure.newFailure("NWS said no", fault.type()));
  }
}
