package dev.weather.web.view;

import dev.weather.forecast.Alert;
import dev.weather.forecast.HourlyPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the alerts in force fall on the page's timeline: which hours of the chart and its table,
 * and which days of the 7-day forecast, each alert touches (from when its hazard begins until it
 * ends, or else expires).
 */
final class AlertSpans {

  /** The band's height along the top of the plot. */
  static final double BAND = 6;

  private AlertSpans() {}

  /** An alert's span on the chart: from the start of its first hour to the end of its last. */
  record Band(
      double x, double y, double width, double height, String severityClass, String event) {}

  /** The events of the alerts that touch {@code from} until {@code until}; null for none. */
  static String during(List<Alert> alerts, Instant from, Instant until) {
    String events =
        alerts.stream()
            .filter(alert -> touches(alert, from, until))
            .map(Alert::event)
            .distinct()
            .collect(Collectors.joining(", "));
    return events.isEmpty() ? null : events;
  }

  /** One band an alert, stacked along the top of the plot in the order the alerts come. */
  static List<Band> bands(List<HourlyPeriod> hours, List<Alert> alerts, ChartScale scale) {
    List<Band> bands = new ArrayList<>();
    for (Alert alert : alerts) {
      int first = -1;
      int last = -1;
      for (int i = 0; i < hours.size(); i++) {
        HourlyPeriod h = hours.get(i);
        if (touches(alert, h.startTime().toInstant(), h.end())) {
          first = first < 0 ? i : first;
          last = i;
        }
      }
      if (first >= 0) {
        double x = ChartView.round(scale.edge(first));
        bands.add(
            new Band(
                x,
                rowTop(bands.size()),
                ChartView.round(scale.edge(last + 1)) - x,
                BAND,
                AlertView.severityClass(alert.severity()),
                alert.event()));
      }
    }
    return bands;
  }

  /** The top of the {@code row}th band (0 first); with as many rows as bands, where they end. */
  static double rowTop(int row) {
    return ChartView.TOP + row * (BAND + 1);
  }

  private static boolean touches(Alert alert, Instant from, Instant until) {
    Instant begins = alert.begins() == null ? null : alert.begins().toInstant();
    Instant ends = alert.until() == null ? null : alert.until().toInstant();
    return (begins == null || begins.isBefore(until)) && (ends == null || ends.isAfter(from));
  }
}
