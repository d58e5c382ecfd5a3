package dev.weather.forecast;

import java.time.ZoneId;

/** What NWS knows about a point: its forecast grid, the nearest named place and the local time zone. */
public record PointInfo(GridPoint grid, String city, String state, ZoneId timeZone) {

  /** "Norton Center, MA", or the grid when NWS names no place. */
  public String label() {
    if (city == null || city.isBlank()) {
      return "NWS grid " + grid;
    }
    return state == null || state.isBlank() ? city : city + ", " + state;
  }
}
