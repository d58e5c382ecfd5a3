package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Location;
import dev.weather.forecast.Units;
import dev.weather.report.Answer;
import dev.weather.workflow.ReportKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When NWS last updated the forecast, as the page says it. */
class WeatherPageTest {

  /** Seattle's forecast was last updated at 18:55:03Z (11:55 AM PDT). */
  private static final Instant UPDATED = Instant.parse("2026-03-10T18:55:03Z");

  @Test
  void printsNwssUpdateTimeNotWhenTheAnswerWasProduced() {
    WeatherPage page = page(UPDATED.plus(Duration.ofMinutes(25)));

    assertThat(page.updated().text()).isEqualTo("Tue Mar 10, 11:55 AM");
    assertThat(page.updated().iso()).isEqualTo("2026-03-10T18:55:03Z");
    assertThat(page.updated().ago()).isEqualTo("25 minutes ago");
    assertThat(page.updated().longAgo()).isFalse();
  }

  @Test
  void flagsAForecastNotUpdatedForMoreThanTwelveHours() {
    assertThat(page(UPDATED.plus(Duration.ofHours(12))).updated().longAgo()).isFalse();
    assertThat(page(UPDATED.plus(Duration.ofHours(12).plusMinutes(1))).updated().longAgo())
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "0, just now",
    "59, just now",
    "60, 1 minute ago",
    "1500, 25 minutes ago",
    "3599, 59 minutes ago",
    "3600, 1 hour ago",
    "7200, 2 hours ago",
    "172799, 47 hours ago",
    "172800, 2 days ago",
    "-30, just now"
  })
  void saysHowLongAgoAsAPersonWould(long seconds, String said) {
    assertThat(Times.ago(Duration.ofSeconds(seconds))).isEqualTo(said);
  }

  private static WeatherPage page(Instant now) {
    ReportKey key = new ReportKey(Location.of(new Coordinates(47.6062, -122.3321)), Units.US);
    Answer.Shown shown =
        new Answer.Shown(key, Forecasts.report(Units.US, Set.of()), now, Answer.State.FRESH);
    return WeatherPage.of(null, shown, "/us", "/si", "/discussion", null, now);
  }
}
