package dev.weather.forecast;

import java.time.ZoneId;

/**
 * What NWS knows about a point: its forecast grid, the nearest named place, the local time zone,
 * and sunrise and sunset on the day it answered (null when it gives none).
 */
public record PointInfo(
    GridPoint grid, String city, String state, ZoneId timeZone, Daylight daylight) {

  /** "Norton Center, MA", or the grid when NWS names no place. */
  public String label() {
    if (city == null || city.isBlank()) {
      return "NWS grid " + grid;
    }
    return state == null || state.isBlank() ? city : city + ", " + state;
  }
}
