package dev.weather.forecast;

/** The parts of a weather report that may fail on their own without taking the page down. */
public enum Part {
  NOW,
  HOURLY,
  ALERTS
}
