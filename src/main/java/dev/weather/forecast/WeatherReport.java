package dev.weather.forecast;

import java.util.List;
import java.util.Set;

/**
 * Everything the workflow gathered for a place: the 12-hour forecast (always), the next 48 hours and the active
 * alerts (when they arrived), and which parts did not arrive.
 */
public record WeatherReport(
    Forecast forecast, Units units, List<HourlyPeriod> hourly, List<Alert> alerts, Set<Part> unavailable) {

  public WeatherReport {
    hourly = List.copyOf(hourly);
    alerts = List.copyOf(alerts);
    unavailable = Set.copyOf(unavailable);
  }
}
