package dev.weather.web.view;

import dev.weather.forecast.HourlyPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
    List<Row> rows) {

  static final int WIDTH = 720;
  static final int HEIGHT = 260;
  private static final int LEFT = 48;
  private static final int RIGHT = 48;
  private static final int TOP = 16;
  private static final int BOTTOM = 44;

  record Bar(double x, double y, double width, double height) {}

  record Tick(double position, String label) {}

  record Row(String time, String temperature, String chance, String wind, String forecast) {}

  /**
   * Null when there are no hours to draw. {@code now} is marked when it falls within the hours; a
   * dashed line separates the days (at each local midnight).
   */
  static ChartView of(List<HourlyPeriod> hours, ZoneId zone, Instant now) {
    List<HourlyPeriod> known = hours.stream().filter(h -> h.temperature() != null).toList();
    if (known.isEmpty()) {
      return null;
    }
    String unit = "°" + known.get(0).temperatureUnit();
    int min = known.stream().mapToInt(HourlyPeriod::temperature).min().orElseThrow();
    int max = known.stream().mapToInt(HourlyPeriod::temperature).max().orElseThrow();
    int low = Math.floorDiv(min - 1, 5) * 5;
    int high = Math.max(low + 10, (Math.floorDiv(max, 5) + 1) * 5);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double step = plotWidth / known.size();

    StringBuilder line = new StringBuilder();
    List<Bar> bars = new ArrayList<>();
    List<Tick> hourTicks = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<Double> daySeparators = new ArrayList<>();
    Double nowAt = null;
    for (int i = 0; i < known.size(); i++) {
      HourlyPeriod h = known.get(i);
      double x = LEFT + step * i + step / 2;
      double y = TOP + plotHeight * (high - h.temperature()) / (double) (high - low);
      line.append(i == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
      int chance = h.probabilityOfPrecipitation() == null ? 0 : h.probabilityOfPrecipitation();
      double barHeight = plotHeight * chance / 100.0;
      bars.add(
          new Bar(
              round(x - step * 0.4),
              round(TOP + plotHeight - barHeight),
              round(step * 0.8),
              round(barHeight)));
      ZonedDateTime local = h.startTime().atZoneSameInstant(zone);
      if (local.getHour() == 0 && i > 0) {
        daySeparators.add(round(LEFT + step * i));
      }
      Instant start = h.startTime().toInstant();
      Instant end = h.endTime() == null ? start.plus(Duration.ofHours(1)) : h.endTime().toInstant();
      if (!now.isBefore(start) && now.isBefore(end)) {
        double through =
            Duration.between(start, now).toMillis()
                / (double) Duration.between(start, end).toMillis();
        nowAt = round(LEFT + step * (i + through));
      }
      if (local.getHour() % 6 == 0) {
        String label = local.getHour() == 0 ? local.format(Times.DAY) : local.format(Times.HOUR);
        hourTicks.add(new Tick(round(x), label));
      }
      rows.add(
          new Row(
              local.format(Times.DAY_HOUR),
              h.temperature() + unit,
              h.probabilityOfPrecipitation() == null ? "–" : h.probabilityOfPrecipitation() + "%",
              Wind.text(h.windDirection(), h.windSpeed()),
              h.shortForecast()));
    }
    List<Tick> temperatureTicks = new ArrayList<>();
    int every = (high - low) > 40 ? 10 : 5;
    for (int t = low; t <= high; t += every) {
      temperatureTicks.add(
          new Tick(round(TOP + plotHeight * (high - t) / (double) (high - low)), t + unit));
    }
    List<Tick> chanceTicks = new ArrayList<>();
    for (int c = 0; c <= 100; c += 25) {
      chanceTicks.add(new Tick(round(TOP + plotHeight * (100 - c) / 100.0), c + "%"));
    }
    return new ChartView(
        "Next " + known.size() + " hours: temperature and chance of precipitation",
        describe(known, zone, unit),
        WIDTH,
        HEIGHT,
        line.toString(),
        bars,
        hourTicks,
        temperatureTicks,
        chanceTicks,
        daySeparators,
        nowAt,
        rows);
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

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
