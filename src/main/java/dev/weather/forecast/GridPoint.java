package dev.weather.forecast;

import java.util.regex.Pattern;

/** A cell of an NWS forecast office's 2.5 km grid: the unit NWS forecasts for. */
public record GridPoint(String office, int gridX, int gridY) {

  private static final Pattern OFFICE = Pattern.compile("[A-Z]{3}");

  public GridPoint {
    if (office == null || !OFFICE.matcher(office).matches()) {
      throw new IllegalArgumentException("office must be three letters, such as SEW or BOX");
    }
    if (gridX < 0 || gridY < 0) {
      throw new IllegalArgumentException("gridX and gridY must be zero or more");
    }
  }

  @Override
  public String toString() {
    return office + " " + gridX + "," + gridY;
  }
}
