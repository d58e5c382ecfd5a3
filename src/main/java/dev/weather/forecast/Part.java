package dev.weather.forecast;

/** The parts of a weather report that may fail on their own without taking the page down. */
public enum Part {
  NOW,
  /** The last day at the station that gave the current conditions ({@link PastHour}). */
  HISTORY,
  HOURLY,
  ALERTS,
  /** The raw grid's hour-by-hour detail and amounts ({@link GridHours}). */
  DETAIL,
  /** The office's latest forecast discussion and hazardous weather outlook ({@link Discussion}). */
  DISCUSSION
}
