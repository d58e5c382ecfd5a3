package dev.weather.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw grid {@code /gridpoints/{office}/{x},{y}} as the demo serves it, made from the cell's
 * hourly forecast so the two agree: each hour's dew point, humidity, wind and chance of
 * precipitation as the hourly forecast gives them, in SI as NWS's grid is; the feels-like
 * temperature by NWS's formulas ({@link Comfort}); sky cover, gusts, the kind of weather and how
 * much falls from the hour's words ("Rain Likely", "Chance Snow", "Patchy Fog"). Amounts come in
 * 6-hour totals for the first 3 days only, as NWS forecasts them.
 */
final class DemoGrid {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double KM_PER_MILE = 1.609344;
  private static final Duration AMOUNTS_AHEAD = Duration.ofDays(3);
  private static final Pattern SPEED = Pattern.compile("(\\d+)(?: to (\\d+))? mph");
  private static final String[] COMPASS = {
    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW",
    "NNW"
  };

  private DemoGrid() {}

  /** The grid for {@code hourlyJson}, an hourly forecast in US units as the demo serves it. */
  static String of(String hourlyJson) {
    try {
      JsonNode hourly = JSON.readTree(hourlyJson).path("properties");
      Layers layers = new Layers();
      OffsetDateTime first = null;
      for (JsonNode hour : hourly.path("periods")) {
        OffsetDateTime start = OffsetDateTime.parse(hour.path("startTime").asText());
        first = first == null ? start : first;
        layers.add(start, hour, !start.isAfter(first.plus(AMOUNTS_AHEAD)));
      }
      ObjectNode properties = layers.properties();
      properties.put("updateTime", hourly.path("updateTime").asText());
      ObjectNode feature = JSON.createObjectNode();
      feature.put("type", "Feature");
      feature.set("properties", properties);
      return JSON.writeValueAsString(feature);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The layers as they fill, hour by hour; amounts gathered into 6-hour totals. */
  private static final class Layers {
    private final ObjectNode properties = JSON.createObjectNode();
    private OffsetDateTime amountsFrom;
    private double rain;
    private double snow;

    void add(OffsetDateTime start, JsonNode hour, boolean withAmounts) {
      String words = hour.path("shortForecast").asText();
      double fahrenheit = hour.path("temperature").asDouble();
      double celsius = (fahrenheit - 32) / 1.8;
      double mph = mph(hour.path("windSpeed").asText());
      int chance = hour.path("probabilityOfPrecipitation").path("value").asInt(0);
      double humidity = hour.path("relativeHumidity").path("value").asDouble(70);
      Double chill = Comfort.windChill(fahrenheit, mph);
      Double heat = Comfort.heatIndex(fahrenheit, humidity);
      double feels = chill != null ? chill : heat != null ? heat : fahrenheit;
      value(start, "apparentTemperature", "wmoUnit:degC", (feels - 32) / 1.8);
      value(start, "windChill", "wmoUnit:degC", chill == null ? null : (chill - 32) / 1.8);
      value(start, "heatIndex", "wmoUnit:degC", heat == null ? null : (heat - 32) / 1.8);
      value(
          start,
          "dewpoint",
          "wmoUnit:degC",
          hour.path("dewpoint").path("value").asDouble(celsius - 3));
      value(start, "relativeHumidity", "wmoUnit:percent", humidity);
      value(start, "skyCover", "wmoUnit:percent", (double) sky(words));
      value(start, "windSpeed", "wmoUnit:km_h-1", mph * KM_PER_MILE);
      value(start, "windGust", "wmoUnit:km_h-1", mph >= 10 ? mph * 1.6 * KM_PER_MILE : null);
      value(
          start,
          "windDirection",
          "wmoUnit:degree_(angle)",
          degrees(hour.path("windDirection").asText()));
      value(start, "probabilityOfPrecipitation", "wmoUnit:percent", (double) chance);
      value(
          start,
          "probabilityOfThunder",
          "wmoUnit:percent",
          words.contains("Thunder") ? (double) chance : 0.0);
      weather(start, words);
      if (withAmounts) {
        amounts(start, words, chance);
      }
    }

    ObjectNode properties() {
      flushAmounts();
      return properties;
    }

    /**
     * A likely hour of rain brings 1 mm, of snow a third of that in water, which falls 13 times as
     * deep (about the US mean snow-to-liquid ratio): Denver's night of snow is the 2 to 4 inches
     * its office's discussion speaks of.
     */
    private void amounts(OffsetDateTime start, String words, int chance) {
      if (amountsFrom != null && !start.isBefore(amountsFrom.plusHours(6))) {
        flushAmounts();
      }
      if (amountsFrom == null) {
        amountsFrom = start;
      }
      boolean snowing = words.contains("Snow");
      double water = falls(words) ? chance / 60.0 / (snowing ? 3 : 1) : 0;
      rain += water;
      snow += snowing ? water * 13 : 0;
    }

    private void flushAmounts() {
      if (amountsFrom == null) {
        return;
      }
      String interval = amountsFrom.withOffsetSameInstant(ZoneOffset.UTC) + "/PT6H";
      entry("quantitativePrecipitation", "wmoUnit:mm", interval, round(rain));
      entry("snowfallAmount", "wmoUnit:mm", interval, round(snow));
      entry("iceAccumulation", "wmoUnit:mm", interval, 0.0);
      amountsFrom = null;
      rain = 0;
      snow = 0;
    }

    private void weather(OffsetDateTime start, String words) {
      ObjectNode entry = layer("weather", null).addObject();
      entry.put("validTime", start.withOffsetSameInstant(ZoneOffset.UTC) + "/PT1H");
      ArrayNode value = entry.putArray("value");
      String kind =
          words.contains("Thunder")
              ? "thunderstorms"
              : words.contains("Snow")
                  ? "snow"
                  : words.contains("Showers")
                      ? "rain_showers"
                      : words.contains("Rain") ? "rain" : words.contains("Fog") ? "fog" : null;
      if (kind != null) {
        ObjectNode w = value.addObject();
        w.put(
            "coverage",
            words.startsWith("Slight Chance")
                ? "slight_chance"
                : words.startsWith("Chance")
                    ? "chance"
                    : words.contains("Likely")
                        ? "likely"
                        : words.startsWith("Patchy") ? "patchy" : "definite");
        w.put("weather", kind);
        w.putNull("intensity");
      }
    }

    private void value(OffsetDateTime start, String name, String unit, Double value) {
      entry(
          name,
          unit,
          start.withOffsetSameInstant(ZoneOffset.UTC) + "/PT1H",
          value == null ? null : round(value));
    }

    private void entry(String name, String unit, String interval, Double value) {
      ObjectNode entry = layer(name, unit).addObject();
      entry.put("validTime", interval);
      if (value == null) {
        entry.putNull("value");
      } else {
        entry.put("value", value);
      }
    }

    private ArrayNode layer(String name, String unit) {
      ObjectNode layer = (ObjectNode) properties.get(name);
      if (layer == null) {
        layer = properties.putObject(name);
        if (unit != null) {
          layer.put("uom", unit);
        }
        layer.putArray("values");
      }
      return (ArrayNode) layer.get("values");
    }
  }

  private static boolean falls(String words) {
    return words.matches(".*\\b(Rain|Showers|Drizzle|Snow|Sleet|Thunderstorms)\\b.*");
  }

  /** Sky cover from the hour's words, as NWS's sky terms are defined (sunny 0-10%, ...). */
  static int sky(String words) {
    String w = words.toLowerCase(Locale.ROOT);
    if (falls(words) || w.contains("fog") || w.equals("cloudy")) {
      return 95;
    }
    if (w.contains("mostly cloudy")) {
      return 80;
    }
    if (w.contains("partly")) {
      return 50;
    }
    if (w.contains("mostly sunny") || w.contains("mostly clear")) {
      return 25;
    }
    return 5;
  }

  /** "5 to 9 mph": the upper end. */
  private static double mph(String text) {
    Matcher m = SPEED.matcher(text);
    if (!m.find()) {
      return 0;
    }
    return Double.parseDouble(m.group(2) != null ? m.group(2) : m.group(1));
  }

  private static Double degrees(String compass) {
    for (int i = 0; i < COMPASS.length; i++) {
      if (COMPASS[i].equals(compass)) {
        return i * 22.5;
      }
    }
    return null;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
