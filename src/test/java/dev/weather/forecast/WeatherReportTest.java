package dev.weather.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A report as it stands when it is shown: what has run out meanwhile is left out. */
class WeatherReportTest {

  private static final OffsetDateTime SIX_PM = OffsetDateTime.parse("2026-12-01T18:00:00-05:00");

  @Test
  void leavesOutTheAlertsThatEndedOrExpiredAndThePeriodsThatEnded() {
    Alert endsAtTen = alert("1", SIX_PM.plusHours(4), SIX_PM.plusHours(30));
    Alert expiresAtTen = alert("2", null, SIX_PM.plusHours(4));
    Alert noEnd = alert("3", null, null);
    Alert endsTomorrow = alert("4", SIX_PM.plusDays(1), SIX_PM.plusHours(1));
    WeatherReport report = report(List.of(endsAtTen, expiresAtTen, noEnd, endsTomorrow));

    WeatherReport atTen = report.at(SIX_PM.plusHours(4).toInstant());
    WeatherReport justBefore = report.at(SIX_PM.plusHours(4).minusSeconds(1).toInstant());

    assertThat(atTen.alerts()).containsExactly(noEnd, endsTomorrow);
    assertThat(justBefore.alerts()).containsExactly(endsAtTen, expiresAtTen, noEnd, endsTomorrow);
    assertThat(report.at(SIX_PM.plusHours(12).toInstant()).forecast().periods())
        .extracting(ForecastPeriod::name)
        .containsExactly("Wednesday");
    assertThat(atTen.forecast().periods()).hasSize(2);
    assertThat(atTen.now()).isNull();
    assertThat(atTen.freshUntil()).isEqualTo(report.freshUntil());
  }

  @Test
  void isItselfWhenNothingRanOut() {
    WeatherReport report = report(List.of(alert("1", null, SIX_PM.plusHours(5))));

    assertThat(report.at(SIX_PM.toInstant())).isSameAs(report);
  }

  private static WeatherReport report(List<Alert> alerts) {
    List<ForecastPeriod> periods =
        List.of(period("Tonight", SIX_PM, false), period("Wednesday", SIX_PM.plusHours(12), true));
    Forecast forecast =
        new Forecast(
            "Norton, MA",
            new GridPoint("BOX", 70, 82),
            ZoneId.of("America/New_York"),
            SIX_PM,
            SIX_PM,
            periods,
            null);
    return new WeatherReport(
        forecast,
        Units.US,
        null,
        List.of(),
        List.of(),
        alerts,
        null,
        List.of(),
        Set.of(),
        Set.of(),
        Instant.parse("2026-12-02T00:00:00Z"));
  }

  private static ForecastPeriod period(String name, OffsetDateTime start, boolean day) {
    return new ForecastPeriod(
        1,
        name,
        start,
        start.plusHours(12),
        day,
        40,
        "F",
        "5 mph",
        "N",
        null,
        null,
        "Clear",
        "Clear.");
  }

  private static Alert alert(String id, OffsetDateTime ends, OffsetDateTime expires) {
    return new Alert(
        id,
        "Air Quality Alert",
        "Unknown",
        null,
        SIX_PM,
        SIX_PM,
        ends,
        expires,
        null,
        null,
        null,
        null);
  }
}
