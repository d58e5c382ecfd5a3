package dev.weather.activities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import dev.weather.nws.NwsException;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NWS failures as Temporal failures: the type names what NWS did (the workflow's retry policy
 * decides what is final); only an answer the app cannot use is made final here, once it has been
 * tried a few times.
 */
class NwsFailuresTest {

  private static final NwsProblem PROBLEM =
      new NwsProblem(503, "", "Forecast Grid Expired", "", "c1");

  @ParameterizedTest(name = "{0}, attempt {1}")
  @CsvSource({
    "UNAVAILABLE, 9, NwsUnavailable, false",
    "NOT_FOUND, 1, NwsNotFound, false",
    "REJECTED, 1, NwsRejected, false",
    "MISDIRECTED, 1, NwsMisdirected, false",
    "MALFORMED, 2, NwsMalformed, false",
    "MALFORMED, 3, NwsMalformed, true",
    "MALFORMED, 4, NwsMalformed, true"
  })
  void namesWhatNwsDidAndEndsAnUnusableAnswerAfterThreeAttempts(
      NwsFault kind, int attempt, String type, boolean last) {
    ApplicationFailure failure =
        NwsFailures.toFailure(new NwsException(kind, PROBLEM, null, null), attempt);

    assertThat(failure.getType()).isEqualTo(type);
    assertThat(failure.isNonRetryable()).isEqualTo(last);
    assertThat(failure.getCategory())
        .as("logged by the SDK at debug")
        .isEqualTo(ApplicationErrorCategory.BENIGN);
    assertThat(NwsFailures.problemOf(failure)).isEqualTo(PROBLEM);
    assertThat(failure.getNextRetryDelay()).isNull();
  }

  @Test
  void waitsAsLongAsRetryAfterSays() {
    ApplicationFailure failure =
        NwsFailures.toFailure(
            new NwsException(NwsFault.UNAVAILABLE, PROBLEM, Duration.ofSeconds(6), null), 1);

    assertThat(failure.getNextRetryDelay()).isEqualTo(Duration.ofSeconds(6));
    assertThat(failure.getOriginalMessage()).isEqualTo("NWS HTTP 503: Forecast Grid Expired ()");
  }

  @Test
  void findsNoProblemInAFailureThatCarriesNone() {
    assertThat(
            NwsFailures.problemOf(
                ApplicationFailure.newFailure("no answer", NwsFault.UNAVAILABLE.type())))
        .isNull();
  }
}
