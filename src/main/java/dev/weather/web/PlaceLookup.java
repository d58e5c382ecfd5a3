package dev.weather.web;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Location;
import dev.weather.place.Gazetteer;
import dev.weather.place.InvalidPlaceQueryException;
import dev.weather.place.Place;
import dev.weather.place.PlaceMatch;
import dev.weather.place.PlaceQuery;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns request parameters into a {@link Lookup}, with the offline gazetteer naming places and
 * points.
 */
@Component
class PlaceLookup {

  private final Gazetteer gazetteer;
  private final DefaultLocation defaultLocation;

  PlaceLookup(Gazetteer gazetteer, DefaultLocation defaultLocation) {
    this.gazetteer = gazetteer;
    this.defaultLocation = defaultLocation;
  }

  /**
   * The place a location is named after: the nearest in the gazetteer for a point, none for a bare
   * grid.
   */
  Place named(Location location) {
    return location.point() == null ? null : gazetteer.at(location.point());
  }

  Lookup lookup(WeatherParams params) {
    Optional<Location> given = params.location();
    if (given.isPresent()) {
      Location location = given.get();
      return new Lookup.Found(location, named(location));
    }
    if (!params.hasSearch()) {
      return home();
    }
    return search(params.q());
  }

  /**
   * The one place {@code params} name; a search that finds several or none fails with the places to
   * choose from or the close matches (300 or 404).
   */
  Lookup.Found found(WeatherParams params) {
    Lookup lookup = lookup(params);
    if (lookup instanceof Lookup.Choose choose) {
      throw new PlaceNotFoundException(choose.query(), choose.places(), true);
    }
    if (lookup instanceof Lookup.NotFound notFound) {
      throw new PlaceNotFoundException(notFound.query(), notFound.closeMatches(), false);
    }
    return (Lookup.Found) lookup;
  }

  /** The default place, for a page given none. */
  Lookup.Found home() {
    Coordinates home = new Coordinates(defaultLocation.latitude(), defaultLocation.longitude());
    return new Lookup.Found(Location.of(home), gazetteer.at(home));
  }

  /**
   * What a query finds: a place, a choice, or none; one that cannot be read finds none, without
   * saying why.
   */
  Lookup quietly(String query) {
    try {
      return search(query);
    } catch (InvalidPlaceQueryException unreadable) {
      return new Lookup.NotFound(query, List.of());
    }
  }

  private Lookup search(String q) {
    PlaceMatch match = gazetteer.find(PlaceQuery.parse(q));
    if (match instanceof PlaceMatch.One one) {
      return new Lookup.Found(Location.of(one.place().coordinates()), one.place());
    }
    if (match instanceof PlaceMatch.Many many) {
      return new Lookup.Choose(q.strip(), many.places());
    }
    return new Lookup.NotFound(q.strip(), ((PlaceMatch.None) match).closeMatches());
  }
}
