package dev.weather.web.view;

import static dev.weather.web.view.ChartView.BOTTOM;
import static dev.weather.web.view.ChartView.HEIGHT;
import static dev.weather.web.view.ChartView.LEFT;
import static dev.weather.web.view.ChartView.RIGHT;
import static dev.weather.web.view.ChartView.TOP;
import static dev.weather.web.view.ChartView.WIDTH;
import static dev.weather.web.view.ChartView.round;

import dev.weather.forecast.HourlyPeriod;
import dev.weather.web.view.ChartView.Bar;
import dev.weather.web.view.ChartView.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The plot's scales: an hour's place along x, a temperature's height (from {@code low} at the
 * bottom to {@code high} at the top, whole fives with room on both sides), a chance's bar.
 */
record ChartScale(int low, int high, double step) {

  private static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
  private static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

  static ChartScale of(List<HourlyPeriod> known) {
    int min = known.stream().mapToInt(HourlyPeriod::temperature).min().orElseThrow();
    int max = known.stream().mapToInt(HourlyPeriod::temperature).max().orElseThrow();
    int low = Math.floorDiv(min - 1, 5) * 5;
    int high = Math.max(low + 10, (Math.floorDiv(max, 5) + 1) * 5);
    return new ChartScale(low, high, PLOT_WIDTH / known.size());
  }

  /** The middle of hour {@code i}. */
  double x(int i) {
    return LEFT + step * i + step / 2;
  }

  /** The start of hour {@code i}. */
  double edge(int i) {
    return LEFT + step * i;
  }

  double y(int temperature) {
    return TOP + PLOT_HEIGHT * (high - temperature) / (double) (high - low);
  }

  private Bar bar(double x, Integer chance) {
    double height = PLOT_HEIGHT * (chance == null ? 0 : chance) / 100.0;
    return new Bar(
        round(x - step * 0.4), round(TOP + PLOT_HEIGHT - height), round(step * 0.8), round(height));
  }

  /** The temperature line: each hour's middle at its temperature, as SVG points. */
  String line(List<HourlyPeriod> hours) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < hours.size(); i++) {
      line.append(i == 0 ? "" : " ")
          .append(round(x(i)))
          .append(',')
          .append(round(y(hours.get(i).temperature())));
    }
    return line.toString();
  }

  /** Each hour's chance of precipitation as a bar, of no height where NWS gives no chance. */
  List<Bar> bars(List<HourlyPeriod> hours) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < hours.size(); i++) {
      bars.add(bar(x(i), hours.get(i).probabilityOfPrecipitation()));
    }
    return bars;
  }

  /** Where {@code now} falls among the hours; null when it falls in none. */
  Double now(List<HourlyPeriod> hours, Instant now) {
    for (int i = 0; i < hours.size(); i++) {
      HourlyPeriod h = hours.get(i);
      Instant start = h.startTime().toInstant();
      Instant end = h.end();
      if (!now.isBefore(start) && now.isBefore(end)) {
        double through =
            Duration.between(start, now).toMillis()
                / (double) Duration.between(start, end).toMillis();
        return round(LEFT + step * (i + through));
      }
    }
    return null;
  }

  List<Tick> temperatureTicks(String unit) {
    List<Tick> ticks = new ArrayList<>();
    int every = (high - low) > 40 ? 10 : 5;
    for (int t = low; t <= high; t += every) {
      ticks.add(new Tick(round(y(t)), t + unit));
    }
    return ticks;
  }

  static List<Tick> chanceTicks() {
    List<Tick> ticks = new ArrayList<>();
    for (int c = 0; c <= 100; c += 25) {
      ticks.add(new Tick(round(TOP + PLOT_HEIGHT * (100 - c) / 100.0), c + "%"));
    }
    return ticks;
  }
}
