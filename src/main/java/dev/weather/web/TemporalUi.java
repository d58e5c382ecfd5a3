package dev.weather.web;

/**
 * The Temporal Web UI that shows this app's runs, for links from progress pages to a run's history:
 * the configured {@code weather.temporal.ui-url}, else the one of the app's own Temporal; empty for
 * none.
 */
public record TemporalUi(String url) {

  public static final TemporalUi NONE = new TemporalUi("");
}
