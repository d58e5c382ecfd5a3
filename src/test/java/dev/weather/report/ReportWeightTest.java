package dev.weather.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.MovableClock;
import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Alert;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.DiscussionSection;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Location;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.web.view.Forecasts;
import dev.weather.workflow.ReportKey;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ReportWeightTest {

  private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-10T18:00:00-04:00");

  @Test
  void weighsATypicalReportAtTensOfKilobytesAndTheLongestTheAppKeepsAtHundreds() {
    int typical = ReportWeight.of(Forecasts.report(Units.US, Set.of()));
    int longest = ReportWeight.of(longest());

    assertThat(typical)
        .as("48 hours, 72 of the grid, 24 past hours, 3 periods, an alert, 2 discussions")
        .isBetween(46_000, 51_000);
    assertThat(longest).as("OPERATIONS, Limits").isBetween(690_000, 730_000);
  }

  @Test
  void weighsTextBeyondLatin1AtTwoBytesACharacter() {
    WeatherReport typical = Forecasts.report(Units.US, Set.of());
    Forecast f = typical.forecast();
    ForecastPeriod p = f.periods().get(0);
    String dashes = "\u2013".repeat(1_000);
    ForecastPeriod dashed =
        new ForecastPeriod(
            p.number(),
            p.name(),
            p.startTime(),
            p.endTime(),
            p.isDaytime(),
            p.temperature(),
            p.temperatureUnit(),
            p.windSpeed(),
            p.windDirection(),
            p.probabilityOfPrecipitation(),
            p.icon(),
            p.shortForecast(),
            p.detailedForecast() + dashes);
    WeatherReport withDashes =
        new WeatherReport(
            new Forecast(
                f.label(),
                f.grid(),
                f.timeZone(),
                f.generatedAt(),
                f.updateTime(),
                List.of(dashed, f.periods().get(1), f.periods().get(2)),
                f.daylight()),
            typical.units(),
            typical.now(),
            typical.history(),
            typical.hourly(),
            typical.alerts(),
            typical.detail(),
            typical.discussions(),
            typical.unavailable(),
            typical.loading(),
            typical.freshUntil());

    assertThat(ReportWeight.of(withDashes) - ReportWeight.of(typical))
        .isEqualTo(2 * (p.detailedForecast().length() + 1_000) - p.detailedForecast().length());
  }

  @Test
  void keepsReportsUpToItsSizeInBytesNotInPlaces() {
    MovableClock clock = new MovableClock();
    ReportCache cache =
        new ReportCache(
            new CacheProperties(
                Duration.ofHours(6), Duration.ofMinutes(1), DataSize.ofMegabytes(4)),
            clock);
    List<ReportKey> keys = IntStream.range(0, 100).mapToObj(ReportWeightTest::key).toList();
    WeatherReport longest = longest();

    keys.forEach(key -> cache.put(key, longest));

    long kept = keys.stream().filter(key -> cache.last(key).isPresent()).count();
    assertThat(kept).as("4 MB of reports of about 710 KB").isBetween(5L, 7L);

    ReportCache typical =
        new ReportCache(
            new CacheProperties(
                Duration.ofHours(6), Duration.ofMinutes(1), DataSize.ofMegabytes(5)),
            clock);
    keys.forEach(key -> typical.put(key, Forecasts.report(Units.US, Set.of())));
    assertThat(keys.stream().filter(key -> typical.last(key).isPresent()).count())
        .as("typical ones (about 48 KB) all fit in 5 MB")
        .isEqualTo(100);
  }

  /**
   * A report with as many periods, hours and alerts as the app keeps, each text as long as it
   * keeps.
   */
  static WeatherReport longest() {
    String shortText = "s".repeat(200);
    String medium = "m".repeat(2_000);
    String longText = "l".repeat(8_000);
    List<ForecastPeriod> periods =
        IntStream.range(0, 16)
            .mapToObj(
                i ->
                    new ForecastPeriod(
                        i + 1,
                        shortText,
                        START.plusHours(12L * i),
                        START.plusHours(12L * i + 12),
                        i % 2 == 0,
                        40,
                        shortText,
                        shortText,
                        shortText,
                        50,
                        shortText,
                        shortText,
                        medium))
            .toList();
    List<HourlyPeriod> hours =
        IntStream.range(0, 48)
            .mapToObj(
                i ->
                    new HourlyPeriod(
                        START.plusHours(i),
                        START.plusHours(i + 1),
                        true,
                        40,
                        shortText,
                        50,
                        shortText,
                        shortText,
                        shortText))
            .toList();
    List<Alert> alerts =
        Collections.nCopies(
            20,
            new Alert(
                shortText,
                shortText,
                shortText,
                medium,
                START,
                START,
                null,
                START.plusDays(1),
                longText,
                longText,
                shortText,
                medium));
    PastHour pastHour =
        new PastHour(
            START,
            shortText,
            Units.US.temperature(10.0),
            Units.US.speed(10.0),
            "NNE",
            Units.US.speed(20.0),
            Units.US.precipitation(1.0));
    Forecast forecast =
        new Forecast(
            shortText,
            new GridPoint("BOX", 70, 82),
            ZoneId.of("America/New_York"),
            START,
            START,
            periods,
            null);
    return new WeatherReport(
        forecast,
        Units.US,
        null,
        Collections.nCopies(WeatherActivities.HISTORY_HOURS + 1, pastHour),
        hours,
        alerts,
        new GridHours(
            START,
            Collections.nCopies(WeatherActivities.DETAIL_HOURS, Forecasts.detail().hours().get(0))),
        List.of(longestDiscussion(Discussion.Kind.AFD), longestDiscussion(Discussion.Kind.HWO)),
        Set.of(),
        Set.of(),
        START.plusHours(1).toInstant());
  }

  /** As much of a product as the app reads: 60,000 characters, in 15 paragraphs of 4,000. */
  private static Discussion longestDiscussion(Discussion.Kind kind) {
    List<DiscussionSection> sections =
        Collections.nCopies(15, new DiscussionSection("SECTION", List.of("x".repeat(4_000))));
    return new Discussion(kind, "x".repeat(200), START, "x".repeat(200), sections);
  }

  private static ReportKey key(int i) {
    return new ReportKey(new Location(new Coordinates(40 + i / 100.0, -71), null), Units.US);
  }
}
