package dev.weather.web;

/**
 * A place a person looked at lately: the query that finds it again ({@code q}), and its name as its
 * page is headed ("Norton, MA" for "41.967, -71.189", "Allston, MA 02134" for "02134"); {@code
 * found} is null when the query finds no one place (a cookie from an older gazetteer, or not ours).
 */
record RecentPlace(String query, String label, Lookup.Found found) {

  static RecentPlace of(String query, PlaceLookup places) {
    if (places.quietly(query) instanceof Lookup.Found found && found.place() != null) {
      String label = found.place().label();
      return new RecentPlace(
          query, found.place().zip() == null ? label : label + " " + found.place().zip(), found);
    }
    return new RecentPlace(query, query, null);
  }
}
