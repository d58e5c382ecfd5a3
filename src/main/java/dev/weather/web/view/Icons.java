package dev.weather.web.view;

import java.net.URI;
import java.util.Map;

/**
 * NWS icon URLs ({@code https://api.weather.gov/icons/land/night/rain,40/snow?size=medium}) mapped
 * to the icons shipped with the app, so the page never loads anything from elsewhere. The first
 * condition in the URL decides.
 */
final class Icons {

  private static final Map<String, String> BY_CONDITION =
      Map.ofEntries(
          Map.entry("skc", "clear"),
          Map.entry("few", "mostly"),
          Map.entry("sct", "partly"),
          Map.entry("bkn", "mostly-cloudy"),
          Map.entry("ovc", "cloud"),
          Map.entry("wind_skc", "wind"),
          Map.entry("wind_few", "wind"),
          Map.entry("wind_sct", "wind"),
          Map.entry("wind_bkn", "wind"),
          Map.entry("wind_ovc", "wind"),
          Map.entry("rain", "rain"),
          Map.entry("rain_showers", "showers"),
          Map.entry("rain_showers_hi", "showers"),
          Map.entry("tsra", "thunderstorm"),
          Map.entry("tsra_sct", "thunderstorm"),
          Map.entry("tsra_hi", "thunderstorm"),
          Map.entry("snow", "snow"),
          Map.entry("blizzard", "snow"),
          Map.entry("rain_snow", "sleet"),
          Map.entry("rain_sleet", "sleet"),
          Map.entry("snow_sleet", "sleet"),
          Map.entry("fzra", "sleet"),
          Map.entry("rain_fzra", "sleet"),
          Map.entry("snow_fzra", "sleet"),
          Map.entry("sleet", "sleet"),
          Map.entry("fog", "fog"),
          Map.entry("haze", "fog"),
          Map.entry("smoke", "fog"),
          Map.entry("dust", "fog"),
          Map.entry("tornado", "storm"),
          Map.entry("hurricane", "storm"),
          Map.entry("tropical_storm", "storm"),
          Map.entry("hot", "hot"),
          Map.entry("cold", "cold"));

  private Icons() {}

  /**
   * Below this chance (NWS says "Chance Rain", "Chance Showers"), rain gets the icon of a single
   * drop.
   */
  static final int LIKELY = 60;

  /**
   * The path of our icon for an NWS icon URL, e.g. {@code /assets/icons/rain.svg}: mostly sunny
   * (few clouds) apart from partly sunny (scattered), showers apart from rain, and a chance of
   * either apart from both.
   */
  static String of(String nwsIcon, boolean daytime) {
    String kind = BY_CONDITION.getOrDefault(condition(nwsIcon), "cloud");
    Integer chance = chance(nwsIcon);
    String file =
        switch (kind) {
          case "clear" -> daytime ? "sun" : "moon";
          case "mostly" -> daytime ? "mostly-day" : "mostly-night";
          case "partly" -> daytime ? "partly-day" : "partly-night";
          case "rain", "showers" -> chance != null && chance < LIKELY ? "rain-chance" : kind;
          default -> kind;
        };
    return "/assets/icons/" + file + ".svg";
  }

  /**
   * Whether an NWS icon URL is a daytime one ({@code .../land/day/...}); true when it says neither.
   */
  static boolean daytime(String nwsIcon) {
    String[] path = path(nwsIcon);
    int at = timeOfDay(path);
    return at < 0 || path[at].equals("day");
  }

  /** 40 from ".../rain,40/snow"; null when the first condition has no chance. */
  static Integer chance(String nwsIcon) {
    String first = firstCondition(nwsIcon);
    int comma = first.indexOf(',');
    if (comma < 0) {
      return null;
    }
    try {
      return Integer.valueOf(first.substring(comma + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * "rain" from ".../icons/land/night/rain,40/snow?size=medium"; empty when the URL is not an NWS
   * icon.
   */
  static String condition(String nwsIcon) {
    String first = firstCondition(nwsIcon);
    int comma = first.indexOf(',');
    return comma < 0 ? first : first.substring(0, comma);
  }

  /**
   * "rain,40" from ".../icons/land/night/rain,40/snow?size=medium"; empty when the URL is not an
   * NWS icon.
   */
  private static String firstCondition(String nwsIcon) {
    String[] path = path(nwsIcon);
    int at = timeOfDay(path);
    return at < 0 || at == path.length - 1 ? "" : path[at + 1];
  }

  /** Where "day" or "night" stands in an icon URL's path, or -1. */
  private static int timeOfDay(String[] path) {
    for (int i = 0; i < path.length; i++) {
      if (path[i].equals("day") || path[i].equals("night")) {
        return i;
      }
    }
    return -1;
  }

  /** The segments of an icon URL's path; none when it is not a URL. */
  private static String[] path(String nwsIcon) {
    if (nwsIcon == null) {
      return new String[0];
    }
    try {
      String path = URI.create(nwsIcon.strip()).getPath();
      return path == null ? new String[0] : path.split("/");
    } catch (IllegalArgumentException notAUrl) {
      return new String[0];
    }
  }
}
