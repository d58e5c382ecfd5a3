package dev.weather.place;

import dev.weather.forecast.Coordinates;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grammar of the search box. */
final class QueryParser {

  private static final Pattern ZIP = Pattern.compile("(\\d{5})(-\\d{4})?");
  private static final Pattern POINT =
      Pattern.compile("([+-]?\\d{1,3}(?:\\.\\d+)?)\\s*[,\\s]\\s*([+-]?\\d{1,3}(?:\\.\\d+)?)");
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\d .'’()-]*");

  static PlaceQuery parse(String text) {
    String q = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (q.isEmpty()) {
      throw new InvalidPlaceQueryException(
          "Type a place: a city and state such as \"Boston, MA\", a ZIP code such as"
              + " 02134, or a latitude and longitude such as \"42.36, -71.06\".");
    }
    if (q.length() > PlaceQuery.MAX_LENGTH) {
      throw new InvalidPlaceQueryException(
          "That is too long for a place name; use at most "
              + PlaceQuery.MAX_LENGTH
              + " characters.");
    }
    Matcher zip = ZIP.matcher(q);
    if (zip.matches()) {
      return new PlaceQuery.Zip(zip.group(1));
    }
    Matcher point = POINT.matcher(q);
    if (point.matches()) {
      double lat = Double.parseDouble(point.group(1));
      double lon = Double.parseDouble(point.group(2));
      if (Math.abs(lat) > Coordinates.MAX_LATITUDE || Math.abs(lon) > Coordinates.MAX_LONGITUDE) {
        throw new InvalidPlaceQueryException(
            "Latitude must be between -90 and 90 and longitude between -180 and 180, as in \"42.36, -71.06\".");
      }
      return new PlaceQuery.Point(new Coordinates(lat, lon));
    }
    return name(q);
  }

  private static PlaceQuery.Name name(String q) {
    String name = q;
    String state = null;
    int comma = q.lastIndexOf(',');
    if (comma > 0) {
      Optional<String> code = States.code(q.substring(comma + 1));
      if (code.isEmpty()) {
        throw new InvalidPlaceQueryException(
            "After the comma give a US state or territory, as in \"Boston, MA\" or \"Boston, Massachusetts\".");
      }
      name = q.substring(0, comma).strip();
      state = code.get();
    } else {
      int space = q.lastIndexOf(' ');
      Optional<String> code = space > 0 ? States.code(q.substring(space + 1)) : Optional.empty();
      if (code.isPresent() && q.substring(space + 1).length() == 2) {
        name = q.substring(0, space).strip();
        state = code.get();
      }
    }
    if (!NAME.matcher(name).matches()) {
      throw new InvalidPlaceQueryException(
          "A place name has letters, and may have spaces, dots, hyphens and apostrophes, as in \"St. Louis, MO\".");
    }
    return new PlaceQuery.Name(name, state);
  }

  private QueryParser() {}
}
