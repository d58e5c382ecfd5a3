package dev.weather.forecast;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a run gathered for a place: the 12-hour forecast (always), what it is like now and the
 * last day's {@code history} at its station (oldest first), the next 48 hours, the active alerts
 * and the raw grid's hour-by-hour {@code detail} and the office's {@code discussions} (each when it
 * arrived; the detail null until then), which parts failed for good ({@code unavailable}), which
 * are still being fetched ({@code loading}, only while a run is under way), and until when NWS said
 * the parts are fresh.
 */
public record WeatherReport(
    Forecast forecast,
    Units units,
    CurrentConditions now,
    List<PastHour> history,
    List<HourlyPeriod> hourly,
    List<Alert> alerts,
    GridHours detail,
    List<Discussion> discussions,
    Set<Part> unavailable,
    Set<Part> loading,
    Instant freshUntil) {

  public WeatherReport {
    history = history == null ? List.of() : List.copyOf(history);
    hourly = List.copyOf(hourly);
    alerts = List.copyOf(alerts);
    discussions = discussions == null ? List.of() : List.copyOf(discussions);
    unavailable = parts(unavailable);
    loading = parts(loading);
  }

  /**
   * The report as it stands at {@code now} (an instant, not the current conditions): without the
   * forecast periods that have ended and the alerts no longer in force. A report is kept for
   * minutes, and shown for hours while NWS fails, so what it lists can run out meanwhile.
   */
  public WeatherReport at(Instant now) {
    Forecast f = forecast;
    List<ForecastPeriod> periods = f.periods().stream().filter(p -> !p.hasEndedBy(now)).toList();
    List<Alert> inForce = alerts.stream().filter(a -> a.inForceAt(now)).toList();
    if (periods.size() == f.periods().size() && inForce.size() == alerts.size()) {
      return this;
    }
    return new WeatherReport(
        new Forecast(
            f.label(),
            f.grid(),
            f.timeZone(),
            f.generatedAt(),
            f.updateTime(),
            periods,
            f.daylight()),
        units,
        this.now,
        history,
        hourly,
        inForce,
        detail,
        discussions,
        unavailable,
        loading,
        freshUntil);
  }

  /** Whether every part is in, arrived or failed for good. */
  public boolean complete() {
    return loading.isEmpty();
  }

  /** In declaration order, so JSON and pages list parts the same way on every JVM. */
  private static Set<Part> parts(Collection<Part> parts) {
    EnumSet<Part> ordered = EnumSet.noneOf(Part.class);
    ordered.addAll(parts == null ? Set.of() : parts);
    return Collections.unmodifiableSet(ordered);
  }
}
