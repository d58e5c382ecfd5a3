package dev.weather.web.view;

import dev.weather.forecast.Part;
import dev.weather.forecast.WeatherReport;

/**
 * One optional part of the page (current conditions, alerts, the hourly chart): what it shows, and
 * whether it is still on its way or could not be had. A part that is in may still be empty (no
 * alerts in force, no station near).
 */
public record PartView<T>(T value, State state) {

  /** Where a part stands when the page is printed. */
  public enum State {
    IN,
    LOADING,
    UNAVAILABLE
  }

  /** {@code value} as {@code part} of {@code report}, with the report's word on where it stands. */
  static <T> PartView<T> of(T value, Part part, WeatherReport report) {
    State state =
        report.unavailable().contains(part)
            ? State.UNAVAILABLE
            : report.loading().contains(part) ? State.LOADING : State.IN;
    return new PartView<>(value, state);
  }

  /** Still on its way: the page says so and a later page shows it. */
  public boolean loading() {
    return state == State.LOADING;
  }

  /** NWS did not give it: the page says so and shows the rest. */
  public boolean unavailable() {
    return state == State.UNAVAILABLE;
  }
}
