package dev.weather.web;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Location;
import org.springframework.stereotype.Component;

/** The place a watch is asked for, by the same parameters as a forecast: one point, named. */
@Component
class WatchPlaces {

  private final PlaceLookup places;

  WatchPlaces(PlaceLookup places) {
    this.places = places;
  }

  /** A point and the name a person knows it by. */
  record Named(Coordinates point, String label) {}

  /**
   * The one place {@code params} name; a search that finds several or none fails as it would for a
   * forecast, and a watch needs a place (never the default one) with a point, not a bare grid.
   */
  Named of(WeatherParams params) {
    if (!params.hasSearch() && params.location().isEmpty()) {
      throw new InvalidLocationException("Name the place to watch: a town, a ZIP code or a point.");
    }
    Lookup.Found found = places.found(params);
    Location location = found.location();
    if (location.point() == null) {
      throw new InvalidLocationException("A watch needs a place or a point, not a grid cell.");
    }
    String label = found.place() == null ? location.point().text() : found.place().label();
    return new Named(location.point().rounded(), label);
  }
}
