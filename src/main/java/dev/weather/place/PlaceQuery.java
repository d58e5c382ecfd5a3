package dev.weather.place;

import dev.weather.forecast.Coordinates;

/**
 * What a person typed in the search box, understood: a ZIP code, a point, or a name with an
 * optional state.
 */
public sealed interface PlaceQuery {

  /** The longest query read, in characters (the search box says so too: maxlength="100"). */
  int MAX_LENGTH = 100;

  /** A five-digit ZIP code. */
  record Zip(String code) implements PlaceQuery {}

  /** "lat, lon" in decimal degrees. */
  record Point(Coordinates coordinates) implements PlaceQuery {}

  /**
   * A place name, and the state's USPS code when one was given ("Boston, MA", "Boston,
   * Massachusetts").
   */
  record Name(String name, String state) implements PlaceQuery {}

  /** Reads a query, or says in plain words why it cannot. */
  static PlaceQuery parse(String text) {
    return QueryParser.parse(text);
  }
}
