package dev.weather.system;

/**
 * The app was told to run only against a Temporal Service ({@code
 * weather.temporal.require-service}) and none is set.
 */
final class TemporalServiceRequiredException extends IllegalStateException {

  TemporalServiceRequiredException() {
    super(
        "weather.temporal.require-service is true, but TEMPORAL_ADDRESS names no Temporal Service");
  }
}
