package dev.weather.place;

import java.util.List;

/** What a search found: one place, several to choose from, or none (with close matches, if any). */
public sealed interface PlaceMatch {

  record One(Place place) implements PlaceMatch {}

  record Many(List<Place> places) implements PlaceMatch {}

  record None(List<Place> closeMatches) implements PlaceMatch {}
}
