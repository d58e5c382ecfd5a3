package dev.weather.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A station's latest observation as the demo serves it: as long before now as at the recording,
 * reporting what the hourly forecast of its grid ({@link FixturePlaces#gridOf}) says for the hour
 * observed, so that "now" agrees with the chart and the forecast at whatever time the demo is
 * tried. Temperature, sky and icon (day or night as that hour is), wind, dew point (never above the
 * temperature) and the humidity, wind chill and heat index they make. What the station leaves out
 * in its fixture it still leaves out (Taunton reports no temperature); its pressure stays, and its
 * gusts keep their ratio to the wind. Its history is its latest reading as it would have been at
 * each of the last 25 hours, and what fell in each hour follows the words of its sky.
 */
final class StationWeather {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double KM_PER_MILE = 1.609344;
  private static final List<String> COMPASS =
      List.of(
          "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW",
          "NW", "NNW");
  private static final Pattern CHANCE = Pattern.compile("^(Slight )?Chance\\b.*");
  private static final Pattern PRECIPITATION =
      Pattern.compile("\\b(Rain|Showers|Drizzle|Snow|Sleet)\\b");
  private static final Pattern ICON_CHANCE = Pattern.compile(",\\d+");

  /**
   * Each grid's hourly periods on their moved days: they change once a day, an observation is asked
   * for often.
   */
  private static final Map<String, JsonNode> HOURS = new ConcurrentHashMap<>();

  private StationWeather() {}

  /**
   * The observation at {@code /stations/{id}/observations/latest} as NWS would answer it at {@code
   * now}.
   */
  static String latest(String path, Instant now) {
    return write(observation(path, now));
  }

  /**
   * What NWS would answer at {@code now} for {@code /stations/{id}/observations?start={since}},
   * given the station's latest fixture: its reading of each of the last 25 hours, as {@link
   * #latest} would have answered then, newest first, none before {@code since}.
   */
  static String history(String latestPath, Instant now, Instant since) {
    ObjectNode collection = JSON.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (int hoursAgo = 0; hoursAgo <= 24; hoursAgo++) {
      JsonNode reading = observation(latestPath, now.minus(Duration.ofHours(hoursAgo)));
      Instant observed =
          OffsetDateTime.parse(reading.path("properties").path("timestamp").asText()).toInstant();
      if (since == null || !observed.isBefore(since)) {
        features.add(reading);
      }
    }
    return write(collection);
  }

  private static JsonNode observation(String path, Instant now) {
    String json = NwsFixtures.fixtures().get(path);
    if (json == null) {
      throw new IllegalArgumentException("no fixture for " + path);
    }
    FixturePlaces.Place place = FixturePlaces.of(path);
    JsonNode observation = Rebase.tree(json, place, now);
    String grid = FixturePlaces.gridOf(FixturePlaces.station(path));
    if (grid != null && place != null) {
      ObjectNode properties = (ObjectNode) observation.path("properties");
      JsonNode hour =
          hourAt(grid, place, now, OffsetDateTime.parse(properties.path("timestamp").asText()));
      if (hour != null) {
        report(properties, hour);
      }
    }
    return observation;
  }

  private static String write(JsonNode tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The hourly period of {@code grid} that holds {@code observed}, as served at {@code now}; null
   * if none does.
   */
  private static JsonNode hourAt(
      String grid, FixturePlaces.Place place, Instant now, OffsetDateTime observed) {
    String hourly = "/gridpoints/" + grid + "/forecast/hourly";
    if (!NwsFixtures.fixtures().containsKey(hourly)) {
      return null;
    }
    String key = grid + "@" + FixtureTime.at(now, place.zone()).days();
    if (HOURS.size() > 16) {
      HOURS.clear();
    }
    JsonNode periods =
        HOURS.computeIfAbsent(
            key,
            k ->
                Rebase.tree(NwsFixtures.fixtures().get(hourly), place, now)
                    .path("properties")
                    .path("periods"));
    for (JsonNode period : periods) {
      if (!observed.isBefore(OffsetDateTime.parse(period.path("startTime").asText()))
          && observed.isBefore(OffsetDateTime.parse(period.path("endTime").asText()))) {
        return period;
      }
    }
    return null;
  }

  private static void report(ObjectNode p, JsonNode hour) {
    Double celsius =
        given(p, "temperature") ? tenths((hour.path("temperature").asDouble() - 32) / 1.8) : null;
    JsonNode forecastDew = hour.path("dewpoint").path("value");
    Double dewpoint =
        given(p, "dewpoint") && celsius != null && forecastDew.isNumber()
            ? Math.min(tenths(forecastDew.asDouble()), celsius)
            : null;
    Double humidity =
        given(p, "relativeHumidity") && celsius != null && dewpoint != null
            ? tenths(Comfort.humidity(celsius, dewpoint))
            : null;
    double recordedSpeed = p.path("windSpeed").path("value").asDouble(0);
    double gustiness =
        recordedSpeed > 0 ? p.path("windGust").path("value").asDouble(0) / recordedSpeed : 0;
    Double kmh =
        given(p, "windSpeed") ? tenths(mph(hour.path("windSpeed").asText()) * KM_PER_MILE) : null;
    int compass = COMPASS.indexOf(hour.path("windDirection").asText());
    set(p, "temperature", "degC", celsius);
    set(p, "dewpoint", "degC", dewpoint);
    set(p, "relativeHumidity", "percent", humidity);
    set(p, "windSpeed", "km_h-1", kmh);
    set(
        p,
        "windDirection",
        "degree_(angle)",
        given(p, "windDirection") && compass >= 0 ? compass * 22.5 : null);
    set(
        p,
        "windGust",
        "km_h-1",
        given(p, "windGust") && kmh != null && gustiness > 1 ? tenths(kmh * gustiness) : null);
    Double fahrenheit = celsius == null ? null : celsius * 1.8 + 32;
    Double chill =
        fahrenheit == null || kmh == null ? null : Comfort.windChill(fahrenheit, kmh / KM_PER_MILE);
    Double heat =
        fahrenheit == null || humidity == null ? null : Comfort.heatIndex(fahrenheit, humidity);
    set(p, "windChill", "degC", chill == null ? null : tenths((chill - 32) / 1.8));
    set(p, "heatIndex", "degC", heat == null ? null : tenths((heat - 32) / 1.8));

    String forecast = hour.path("shortForecast").asText("");
    String sky = sky(forecast);
    if (!p.path("textDescription").asText("").isBlank()) {
      p.put("textDescription", sky);
    }
    if (p.path("icon").isTextual()) {
      p.put("icon", icon(hour.path("icon").asText(), CHANCE.matcher(forecast).matches()));
    }
    set(p, "precipitationLastHour", "mm", rainfall(sky));
    if (given(p, "visibility")) {
      Double metres = visibility(sky);
      if (metres != null) {
        quantity(p, "visibility").put("value", metres);
      }
    }
  }

  /**
   * What a station sees in an hour the forecast words so: the weather itself ("Snow" for "Snow
   * Likely"), and clouds where the forecast gives only a chance of it.
   */
  static String sky(String shortForecast) {
    if (CHANCE.matcher(shortForecast).matches()) {
      return "Mostly Cloudy";
    }
    return shortForecast.replace(" Likely", "");
  }

  /** The hour's icon as an observation's: no chance in it, clouds for a mere chance, medium. */
  private static String icon(String forecastIcon, boolean clouds) {
    String icon =
        ICON_CHANCE.matcher(forecastIcon).replaceAll("").replace("size=small", "size=medium");
    if (clouds) {
      Matcher condition = Pattern.compile("(/(?:day|night)/)[^?]+").matcher(icon);
      icon = condition.find() ? condition.replaceFirst("$1bkn") : icon;
    }
    return icon;
  }

  /**
   * Less far to see in fog, snow and rain (metres); null where the station's own reading stands.
   */
  private static Double visibility(String sky) {
    if (sky.contains("Fog")) {
      return 800.0;
    }
    Matcher precipitation = PRECIPITATION.matcher(sky);
    if (!precipitation.find()) {
      return null;
    }
    return precipitation.group().equals("Snow") || precipitation.group().equals("Sleet")
        ? 3200.0
        : 9700.0;
  }

  /** What fell in the hour (millimetres, melted): a little for light weather, more for heavy. */
  static double rainfall(String sky) {
    if (!PRECIPITATION.matcher(sky).find()) {
      return 0.0;
    }
    return sky.contains("Light") ? 0.3 : sky.contains("Heavy") ? 4.0 : 1.5;
  }

  /** 9 from "9 mph", 7 from "5 to 9 mph". */
  private static double mph(String speed) {
    Matcher numbers = Pattern.compile("\\d+").matcher(speed);
    double sum = 0;
    int count = 0;
    while (numbers.find()) {
      sum += Integer.parseInt(numbers.group());
      count++;
    }
    return count == 0 ? 0 : sum / count;
  }

  private static boolean given(ObjectNode properties, String field) {
    return properties.path(field).path("value").isNumber();
  }

  /**
   * A value in the unit the fixture writes it in ({@code wmoUnit:degC}, or {@code unit:degC} in the
   * older style).
   */
  private static void set(ObjectNode properties, String field, String unit, Double value) {
    ObjectNode quantity = quantity(properties, field);
    String code = quantity.path("unitCode").asText("wmoUnit:" + unit);
    if (!code.endsWith(":" + unit)) {
      throw new IllegalStateException(
          "a demo observation's " + field + " in " + code + ", not " + unit);
    }
    quantity.put("unitCode", code); // a field the fixture lacks is written whole
    if (value == null) {
      quantity.putNull("value");
    } else {
      quantity.put("value", value);
    }
    quantity.put("qualityControl", value == null ? "Z" : "V");
  }

  private static ObjectNode quantity(ObjectNode properties, String field) {
    return properties.get(field) instanceof ObjectNode quantity
        ? quantity
        : properties.putObject(field);
  }

  private static double tenths(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
