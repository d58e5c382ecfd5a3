package dev.weather.place;

import dev.weather.forecast.Coordinates;

/**
 * A named place: a city, town or census-designated place, or the post-office town of a ZIP code.
 */
public record Place(
    String name, String state, double latitude, double longitude, int population, String zip) {

  /** As a person names it: "Norton, MA". */
  public String label() {
    return state.isEmpty() ? name : name + ", " + state;
  }

  /** The query that finds exactly this place again, for links: "Norton, MA" or "02134". */
  public String query() {
    return zip != null ? zip : label();
  }

  public Coordinates coordinates() {
    return new Coordinates(latitude, longitude);
  }
}
