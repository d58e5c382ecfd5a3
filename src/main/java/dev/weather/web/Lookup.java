package dev.weather.web;

import dev.weather.forecast.Location;
import dev.weather.place.Place;
import java.util.List;

/**
 * What the parameters of a request name: a place to forecast, several to choose from, or nothing
 * known.
 */
sealed interface Lookup {

  /** A location to forecast; {@code place} names it, and is null for a bare NWS grid. */
  record Found(Location location, Place place) implements Lookup {}

  record Choose(String query, List<Place> places) implements Lookup {}

  record NotFound(String query, List<Place> closeMatches) implements Lookup {}
}
