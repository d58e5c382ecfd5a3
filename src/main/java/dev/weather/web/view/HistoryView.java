package dev.weather.web.view;

import dev.weather.activities.WeatherActivities;
import dev.weather.forecast.Measure;
import dev.weather.forecast.PastHour;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The last day at the station that gave the current conditions, as the page prints it: a line with
 * its high, its low and what fell, then an hour a row, the latest first, as weather.gov's history
 * lists them.
 *
 * @param title "Last 24 hours at Norwood Memorial Airport"
 * @param summary "High 52°F (Fri 2 PM), low 38°F (Sat 6 AM); 0.12 in of precipitation."
 */
public record HistoryView(String title, String summary, List<Row> rows) {

  /** One hour's reading; a dash where the station gave nothing. */
  public record Row(
      String time, String temperature, String wind, String precipitation, String sky) {}

  /** Null when the station reported nothing in the last day. */
  static HistoryView of(List<PastHour> hours, String station, ZoneId zone) {
    if (hours.isEmpty()) {
      return null;
    }
    List<Row> rows = new ArrayList<>();
    for (int i = hours.size() - 1; i >= 0; i--) {
      PastHour h = hours.get(i);
      rows.add(
          new Row(
              Times.format(h.observedAt(), zone, Times.DAY_TIME),
              Readings.whole(h.temperature()),
              Wind.observed(h.windSpeed(), h.windFrom(), h.windGust()),
              Readings.gauge(h.precipitation()),
              h.description()));
    }
    return new HistoryView(
        "Last " + WeatherActivities.HISTORY_HOURS + " hours at " + station,
        summary(hours, zone),
        List.copyOf(rows));
  }

  private static String summary(List<PastHour> hours, ZoneId zone) {
    Comparator<PastHour> byTemperature = Comparator.comparingDouble(h -> h.temperature().value());
    List<PastHour> measured = hours.stream().filter(h -> h.temperature() != null).toList();
    String temperatures =
        measured.isEmpty()
            ? null
            : "High "
                + at(measured.stream().max(byTemperature).orElseThrow(), zone)
                + ", low "
                + at(measured.stream().min(byTemperature).orElseThrow(), zone);
    List<Measure> fell =
        hours.stream().map(PastHour::precipitation).filter(Objects::nonNull).toList();
    String precipitation = null;
    if (!fell.isEmpty()) {
      double total = fell.stream().mapToDouble(Measure::value).sum();
      precipitation =
          total > 0
              ? Readings.gauge(new Measure(total, fell.get(0).unit())) + " of precipitation"
              : "no precipitation";
    }
    String said =
        temperatures == null
            ? precipitation
            : precipitation == null ? temperatures : temperatures + "; " + precipitation;
    return said == null ? null : capitalized(said) + ".";
  }

  /** "52°F (Fri 2 PM)". */
  private static String at(PastHour h, ZoneId zone) {
    return Readings.whole(h.temperature())
        + " ("
        + Times.format(h.observedAt(), zone, Times.DAY_HOUR)
        + ")";
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
