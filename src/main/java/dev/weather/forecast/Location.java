package dev.weather.forecast;

/**
 * Where a forecast is wanted: either a point, which NWS first resolves to its grid, or a grid cell
 * given directly (the tutorial's {@code WeatherParams}). Exactly one of the two is set.
 */
public record Location(Coordinates point, GridPoint grid) {

  public Location {
    if ((point == null) == (grid == null)) {
      throw new IllegalArgumentException(
          "a location is either a point or a grid, not both or neither");
    }
  }

  public static Location of(Coordinates point) {
    return new Location(point, null);
  }

  public static Location of(GridPoint grid) {
    return new Location(null, grid);
  }

  /**
   * A short, stable text for logs and workflow IDs, e.g. {@code 47.6062,-122.3321} or {@code
   * SEW-124-67}.
   */
  public String slug() {
    return point != null ? point.text() : grid.office() + "-" + grid.gridX() + "-" + grid.gridY();
  }

  /** The same location, a point rounded to what NWS can tell apart. */
  public Location rounded() {
    return point != null ? of(point.rounded()) : this;
  }
}
