package dev.weather.web.view;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Amounts;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Daylight;
import dev.weather.forecast.Discussion;
import dev.weather.forecast.DiscussionSection;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.GridHour;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.GridWeather;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Observation;
import dev.weather.forecast.Part;
import dev.weather.forecast.PastHour;
import dev.weather.forecast.Station;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.report.Answer;
import dev.weather.workflow.ReportKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** Small weather reports for web tests. */
public final class Forecasts {

  public static final OffsetDateTime EVENING = OffsetDateTime.parse("2026-03-10T18:00:00-07:00");
  public static final Instant FETCHED = Instant.parse("2026-03-11T01:42:00Z");

  private Forecasts() {}

  public static Forecast seattle() {
    return new Forecast(
        "Seattle, WA",
        new GridPoint("SEW", 124, 67),
        ZoneId.of("America/Los_Angeles"),
        OffsetDateTime.parse("2026-03-10T19:42:11Z"),
        OffsetDateTime.parse("2026-03-10T18:55:03Z"),
        List.of(
            period(
                2,
                "Tonight",
                0,
                false,
                43,
                70,
                "https://api.weather.gov/icons/land/night/rain,70?size=medium",
                "Rain Likely"),
            period(
                3,
                "Wednesday",
                12,
                true,
                51,
                null,
                "https://api.weather.gov/icons/land/day/sct?size=medium",
                "Partly Sunny"),
            period(
                4,
                "Wednesday Night",
                24,
                false,
                40,
                20,
                "https://api.weather.gov/icons/land/night/fog?size=medium",
                "Patchy Fog")),
        new Daylight(
            OffsetDateTime.parse("2026-03-10T07:24:31-07:00"),
            OffsetDateTime.parse("2026-03-10T19:07:12-07:00")));
  }

  public static WeatherReport report(Units units, Set<Part> unavailable) {
    List<HourlyPeriod> hours = new ArrayList<>();
    for (int h = 0; h < 48; h++) {
      hours.add(
          new HourlyPeriod(
              EVENING.plusHours(h),
              EVENING.plusHours(h + 1),
              h % 24 >= 12,
              40 + (h % 24) / 2,
              "F",
              h < 6 ? 70 : 10,
              "7 mph",
              "S",
              "Rain Likely"));
    }
    List<Alert> alerts =
        List.of(
            new Alert(
                "urn:oid:test.1",
                "Wind Advisory",
                "Moderate",
                "Wind Advisory issued March 10 by NWS Seattle WA",
                EVENING.minusHours(2),
                EVENING.minusHours(2),
                null,
                EVENING.plusHours(10),
                "Southwest winds 25 to 35 mph with gusts up to 50 mph.",
                "Secure outdoor objects.",
                "NWS Seattle WA",
                "Seattle and Vicinity"));
    return new WeatherReport(
        seattle(),
        units,
        unavailable.contains(Part.NOW) ? null : now(units),
        unavailable.contains(Part.NOW) || unavailable.contains(Part.HISTORY)
            ? List.of()
            : history(units),
        unavailable.contains(Part.HOURLY) ? List.of() : hours,
        unavailable.contains(Part.ALERTS) ? List.of() : alerts,
        unavailable.contains(Part.DETAIL) ? null : detail(),
        unavailable.contains(Part.DISCUSSION) ? List.of() : discussions(),
        unavailable,
        Set.of(),
        FETCHED.plusSeconds(300));
  }

  /** Seattle's latest discussion (two sections, one of them unnamed) and outlook. */
  public static List<Discussion> discussions() {
    return List.of(
        new Discussion(
            Discussion.Kind.AFD,
            "National Weather Service Seattle WA",
            OffsetDateTime.parse("2026-03-10T14:05:00-07:00"),
            "Area Forecast Discussion",
            List.of(
                new DiscussionSection(
                    "SYNOPSIS", List.of("A front brings rain tonight.", "Drier Wednesday.")),
                new DiscussionSection(
                    "SHORT TERM /TONIGHT THROUGH THURSDAY/",
                    List.of("Rain <heavy> at times & breezy.")))),
        new Discussion(
            Discussion.Kind.HWO,
            "National Weather Service Seattle WA",
            OffsetDateTime.parse("2026-03-10T04:30:00-07:00"),
            "Hazardous Weather Outlook",
            List.of(new DiscussionSection(null, List.of("No hazardous weather is expected.")))));
  }

  /**
   * The raw grid for the same 72 hours in SI: 6 °C feeling like 2 °C, gusts twice the 11 km/h wind
   * from the south, rain of 1.27 mm an hour (0.05 in) for the first 6 hours (Tuesday evening) and 2
   * mm of snow an hour the 6 hours from Wednesday 6 PM, a chance of thunder only in the first hour.
   */
  public static GridHours detail() {
    List<GridHour> hours = new ArrayList<>();
    for (int h = 0; h < 72; h++) {
      hours.add(
          new GridHour(
              EVENING.plusHours(h).toInstant(),
              2.0,
              null,
              2.0,
              1.5,
              73,
              h < 6 ? 100 : 40,
              11.0,
              22.0,
              180,
              h < 6 ? 70 : 10,
              h == 0 ? 20 : 0,
              h < 6
                  ? List.of(new GridWeather("likely", "rain", "light"))
                  : h >= 24 && h < 30 ? List.of(new GridWeather(null, "snow", null)) : List.of(),
              new Amounts(h < 6 ? 1.27 : 0.0, h >= 24 && h < 30 ? 2.0 : 0.0, null)));
    }
    return new GridHours(EVENING.minusHours(1), hours);
  }

  /**
   * What Boeing Field, 8 km from Seattle, observed 18 minutes before {@link #FETCHED}: 8.9 °C (48
   * °F) with rain, a wind chill of 5.5 °C (42 °F), south wind 19.3 km/h (12 mph) gusting 40.2 km/h
   * (25 mph).
   */
  public static CurrentConditions now(Units units) {
    Station boeingField =
        new Station("KBFI", "Seattle, Boeing Field", new Coordinates(47.53, -122.30));
    Observation observed =
        new Observation(
            OffsetDateTime.parse("2026-03-11T01:24:00Z"),
            "Light Rain",
            "https://api.weather.gov/icons/land/night/rain?size=medium",
            units.temperature(8.9),
            units.temperature(5.5),
            units.temperature(6.7),
            86,
            units.speed(19.3),
            "S",
            units.speed(40.2),
            units.pressure(101320.0),
            units.length(12875.0));
    return new CurrentConditions(boeingField, units.length(8000.0), observed);
  }

  /**
   * Boeing Field's last 24 hours, an hourly reading at :53 from Mon 6:53 PM (PDT) to Tue 5:53 PM: 3
   * °C (37 °F) at first, warming half a degree an hour to 10 °C (50 °F) at Tue 8:53 AM and cooling
   * as fast after; south wind 19.3 km/h (12 mph), calm at Mon 11:53 PM, gusting 40.2 km/h (25 mph)
   * at Tue 2:53 PM; light rain of 1.27 mm (0.05 in) an hour for the last 6 hours, no amount given
   * at Mon 8:53 PM.
   */
  public static List<PastHour> history(Units units) {
    List<PastHour> hours = new ArrayList<>();
    OffsetDateTime first = OffsetDateTime.parse("2026-03-10T01:53:00Z");
    for (int h = 0; h < 24; h++) {
      boolean rain = h >= 18;
      hours.add(
          new PastHour(
              first.plusHours(h),
              rain ? "Light Rain" : "Cloudy",
              units.temperature(10 - Math.abs(h - 14) * 0.5),
              units.speed(h == 5 ? 0.0 : 19.3),
              h == 5 ? null : "S",
              h == 20 ? units.speed(40.2) : null,
              h == 2 ? null : units.precipitation(rain ? 1.27 : 0.0)));
    }
    return hours;
  }

  /** A fresh report for the key, as a cache hit answers it. */
  public static CompletableFuture<Answer> shown(ReportKey key, Set<Part> unavailable) {
    return CompletableFuture.completedFuture(
        new Answer.Shown(key, report(key.units(), unavailable), FETCHED, Answer.State.FRESH));
  }

  private static ForecastPeriod period(
      int number,
      String name,
      int fromHours,
      boolean day,
      int temperature,
      Integer chance,
      String icon,
      String shortForecast) {
    return new ForecastPeriod(
        number,
        name,
        EVENING.plusHours(fromHours),
        EVENING.plusHours(fromHours + 12),
        day,
        temperature,
        "F",
        "7 mph",
        "S",
        chance,
        icon,
        shortForecast,
        shortForecast + ". Around " + temperature + ".");
  }
}
