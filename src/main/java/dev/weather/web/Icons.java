package dev.weather.web;

import java.net.URI;
import java.util.Map;

/**
 * NWS icon URLs ({@code https://api.weather.gov/icons/land/night/rain,40/snow?size=medium}) mapped to the icons shipped
 * with the app, so the page never loads anything from elsewhere. The first condition in the URL decides.
 */
final class Icons {

  private static final Map<String, String> BY_CONDITION =
      Map.ofEntries(
          Map.entry("skc", "clear"), Map.entry("few", "partly"), Map.entry("sct", "partly"),
          Map.entry("bkn", "cloud"), Map.entry("ovc", "cloud"),
          Map.entry("wind_skc", "wind"), Map.entry("wind_few", "wind"), Map.entry("wind_sct", "wind"),
          Map.entry("wind_bkn", "wind"), Map.entry("wind_ovc", "wind"),
          Map.entry("rain", "rain"), Map.entry("rain_showers", "rain"), Map.entry("rain_showers_hi", "rain"),
          Map.entry("tsra", "thunderstorm"), Map.entry("tsra_sct", "thunderstorm"),
          Map.entry("tsra_hi", "thunderstorm"),
          Map.entry("snow", "snow"), Map.entry("blizzard", "snow"),
          Map.entry("rain_snow", "sleet"), Map.entry("rain_sleet", "sleet"), Map.entry("snow_sleet", "sleet"),
          Map.entry("fzra", "sleet"), Map.entry("rain_fzra", "sleet"), Map.entry("snow_fzra", "sleet"),
          Map.entry("sleet", "sleet"),
          Map.entry("fog", "fog"), Map.entry("haze", "fog"), Map.entry("smoke", "fog"), Map.entry("dust", "fog"),
          Map.entry("tornado", "storm"), Map.entry("hurricane", "storm"), Map.entry("tropical_storm", "storm"),
          Map.entry("hot", "hot"), Map.entry("cold", "cold"));

  private Icons() {}

  /** The path of our icon for an NWS icon URL, e.g. {@code /icons/rain.svg}. */
  static String of(String nwsIcon, boolean daytime) {
    String kind = BY_CONDITION.getOrDefault(condition(nwsIcon), "cloud");
    String file =
        switch (kind) {
          case "clear" -> daytime ? "sun" : "moon";
          case "partly" -> daytime ? "partly-day" : "partly-night";
          default -> kind;
        };
    return "/icons/" + file + ".svg";
  }

  /** "rain" from ".../icons/land/night/rain,40/snow?size=medium"; empty when the URL is not an NWS icon. */
  static String condition(String nwsIcon) {
    if (nwsIcon == null) {
      return "";
    }
    try {
      String[] parts = URI.create(nwsIcon.strip()).getPath().split("/");
      for (int i = 0; i < parts.length - 1; i++) {
        if (parts[i].equals("day") || parts[i].equals("night")) {
          String first = parts[i + 1];
          int comma = first.indexOf(',');
          return comma < 0 ? first : first.substring(0, comma);
        }
      }
    } catch (IllegalArgumentException notAUrl) {
      return "";
    }
    return "";
  }
}
