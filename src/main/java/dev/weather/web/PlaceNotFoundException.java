package dev.weather.web;

import dev.weather.place.Place;
import java.util.List;

/**
 * For the JSON API: a search named no place, or several; the places are close matches or the
 * choices.
 */
class PlaceNotFoundException extends RuntimeException {

  private final String query;
  private final List<Place> places;
  private final boolean ambiguous;

  PlaceNotFoundException(String query, List<Place> places, boolean ambiguous) {
    super((ambiguous ? "several places called " : "no place called ") + query);
    this.query = query;
    this.places = places;
    this.ambiguous = ambiguous;
  }

  String query() {
    return query;
  }

  List<Place> places() {
    return places;
  }

  boolean ambiguous() {
    return ambiguous;
  }
}
