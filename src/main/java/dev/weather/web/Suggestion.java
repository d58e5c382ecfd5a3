package dev.weather.web;

import dev.weather.place.Place;

/**
 * A place suggested in JSON, as the search box lists it and as a 404 offers close matches: what to
 * show, and the query that finds exactly this place.
 */
record Suggestion(
    String label,
    String query,
    String name,
    String state,
    String zip,
    double latitude,
    double longitude,
    int population) {

  static Suggestion of(Place p) {
    String label = p.zip() == null ? p.label() : p.zip() + " " + p.label();
    return new Suggestion(
        label,
        p.query(),
        p.name(),
        p.state(),
        p.zip(),
        p.latitude(),
        p.longitude(),
        p.population());
  }
}
