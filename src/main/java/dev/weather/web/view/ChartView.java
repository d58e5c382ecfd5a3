package dev.weather.web.view;

import dev.weather.forecast.Alert;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.HourlyPeriod;
import dev.weather.forecast.Units;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The next hours as an inline SVG chart, computed here so the page needs no chart library and no
 * script: a temperature line over chance-of-precipitation bars, with a text summary and a table of
 * the same numbers.
 */
record ChartView(
    String title,
    String description,
    int width,
    int height,
    String temperaturePoints,
    List<Bar> bars,
    List<Tick> hourTicks,
    List<Tick> temperatureTicks,
    List<Tick> chanceTicks,
    List<Double> daySeparators,
    Double now,
    List<AlertSpans.Band> alertBands,
    List<Row> rows) {

  static final int WIDTH = 720;
  static final int HEIGHT = 260;
  static final int LEFT = 48;
  static final int RIGHT = 48;
  static final int TOP = 16;
  static final int BOTTOM = 44;

  record Bar(double x, double y, double width, double height) {}

  record Tick(double position, String label) {}

  /** An hour of the table: the hourly forecast's, and the raw grid's {@code detail} (or null). */
  record Row(
      String time,
      String temperature,
      String chance,
      String wind,
      String forecast,
      HourDetail detail,
      String alerts) {}

  /**
   * Null when there are no hours to draw. {@code now} is marked when it falls within the hours; a
   * dashed line separates the days (at each local midnight).
   */
  static ChartView of(List<HourlyPeriod> hours, ZoneId zone, Instant now) {
    return of(hours, null, List.of(), Units.US, zone, now);
  }

  /**
   * As above, each row with the raw grid's {@code detail} for its hour, when there is one, and the
   * alerts in force then, which the chart marks as bands along its top.
   */
  static ChartView of(
      List<HourlyPeriod> hours,
      GridHours detail,
      List<Alert> alerts,
      Units units,
      ZoneId zone,
      Instant now) {
    List<HourlyPeriod> known = hours.stream().filter(h -> h.temperature() != null).toList();
    if (known.isEmpty()) {
      return null;
    }
    String unit = "°" + known.get(0).temperatureUnit();
    ChartScale scale = ChartScale.of(known);
    List<ZonedDateTime> local =
        known.stream().map(h -> h.startTime().atZoneSameInstant(zone)).toList();
    return new ChartView(
        "Next " + known.size() + " hours: temperature and chance of precipitation",
        describe(known, zone, unit),
        WIDTH,
        HEIGHT,
        scale.line(known),
        scale.bars(known),
        hourTicks(local, scale),
        scale.temperatureTicks(unit),
        ChartScale.chanceTicks(),
        daySeparators(local, scale),
        scale.now(known, now),
        AlertSpans.bands(known, alerts, scale),
        IntStream.range(0, known.size())
            .mapToObj(i -> row(known.get(i), local.get(i), unit, detail, units, alerts))
            .toList());
  }

  /** A tick every six hours of local time, the day's name at midnight. */
  private static List<Tick> hourTicks(List<ZonedDateTime> local, ChartScale scale) {
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < local.size(); i++) {
      int hour = local.get(i).getHour();
      if (hour % 6 == 0) {
        ticks.add(
            new Tick(round(scale.x(i)), local.get(i).format(hour == 0 ? Times.DAY : Times.HOUR)));
      }
    }
    return ticks;
  }

  /** A line where each new local day begins, at its midnight hour's left edge. */
  private static List<Double> daySeparators(List<ZonedDateTime> local, ChartScale scale) {
    List<Double> separators = new ArrayList<>();
    for (int i = 1; i < local.size(); i++) {
      if (local.get(i).getHour() == 0) {
        separators.add(round(scale.edge(i)));
      }
    }
    return separators;
  }

  private static Row row(
      HourlyPeriod h,
      ZonedDateTime local,
      String unit,
      GridHours detail,
      Units units,
      List<Alert> alerts) {
    HourDetail grid =
        detail == null
            ? null
            : detail
                .at(h.startTime().toInstant())
                .map(hour -> HourDetail.of(hour, units))
                .orElse(null);
    return new Row(
        local.format(Times.DAY_HOUR),
        h.temperature() + unit,
        h.probabilityOfPrecipitation() == null ? "–" : h.probabilityOfPrecipitation() + "%",
        Wind.text(h.windDirection(), h.windSpeed()),
        h.shortForecast(),
        grid,
        AlertSpans.during(alerts, h.startTime().toInstant(), h.end()));
  }

  /** Whether any hour has an alert in force, so the table shows their column. */
  public boolean alerted() {
    return rows.stream().anyMatch(row -> row.alerts() != null);
  }

  /** Whether any row has the raw grid's detail, so the table shows its columns. */
  public boolean detailed() {
    return rows.stream().anyMatch(row -> row.detail() != null);
  }

  public int plotLeft() {
    return LEFT;
  }

  public int plotRight() {
    return WIDTH - RIGHT;
  }

  public int plotBottom() {
    return HEIGHT - BOTTOM;
  }

  public int plotTop() {
    return TOP;
  }

  /** The baseline of the "Now" label: under the alert bands, so they never cover it. */
  public double nowLabelY() {
    return AlertSpans.rowTop(alertBands.size()) + 12;
  }

  private static String describe(List<HourlyPeriod> hours, ZoneId zone, String unit) {
    HourlyPeriod coldest =
        hours.stream().min(Comparator.comparingInt(HourlyPeriod::temperature)).orElseThrow();
    HourlyPeriod warmest =
        hours.stream().max(Comparator.comparingInt(HourlyPeriod::temperature)).orElseThrow();
    HourlyPeriod wettest =
        hours.stream()
            .max(
                Comparator.comparingInt(
                    h ->
                        h.probabilityOfPrecipitation() == null
                            ? 0
                            : h.probabilityOfPrecipitation()))
            .orElseThrow();
    String text =
        String.format(
            Locale.US,
            "Temperature from %d%s (%s) to %d%s (%s).",
            coldest.temperature(),
            unit,
            Times.format(coldest.startTime(), zone, Times.DAY_HOUR),
            warmest.temperature(),
            unit,
            Times.format(warmest.startTime(), zone, Times.DAY_HOUR));
    Integer peak = wettest.probabilityOfPrecipitation();
    return peak == null || peak == 0
        ? text + " No precipitation expected."
        : text
            + String.format(
                Locale.US,
                " Chance of precipitation peaks at %d%% (%s).",
                peak,
                Times.format(wettest.startTime(), zone, Times.DAY_HOUR));
  }

  static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
