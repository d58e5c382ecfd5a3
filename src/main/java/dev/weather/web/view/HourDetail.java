package dev.weather.web.view;

import dev.weather.forecast.GridHour;
import dev.weather.forecast.GridWeather;
import dev.weather.forecast.Units;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One hour of NWS's raw grid as the hourly table prints it beside the hourly forecast, in the
 * person's units; each field null where the grid has no value for the hour.
 *
 * @param type the kinds of weather in NWS's words, made readable: "Light rain, likely"
 */
record HourDetail(
    String feelsLike,
    String dewpoint,
    String humidity,
    String sky,
    String gusts,
    String thunder,
    String type) {

  static HourDetail of(GridHour hour, Units units) {
    return new HourDetail(
        Readings.whole(units.temperature(hour.apparentTemperature())),
        Readings.whole(units.temperature(hour.dewpoint())),
        percent(hour.relativeHumidity()),
        percent(hour.skyCover()),
        Readings.whole(units.speed(hour.windGust())),
        percent(hour.probabilityOfThunder()),
        type(hour.weather()));
  }

  private static String percent(Integer value) {
    return value == null ? null : value + "%";
  }

  /** "Light rain, likely · Patchy fog"; "None" when NWS says there is none. */
  static String type(List<GridWeather> weather) {
    if (weather == null) {
      return null;
    }
    if (weather.isEmpty()) {
      return "None";
    }
    return weather.stream().map(HourDetail::words).collect(Collectors.joining(" · "));
  }

  private static String words(GridWeather w) {
    String kind = readable(w.weather());
    String what = w.intensity() == null ? kind : readable(w.intensity()) + " " + kind;
    String sentence = w.coverage() == null ? what : what + ", " + readable(w.coverage());
    return sentence.isEmpty()
        ? sentence
        : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }

  /** NWS's "rain_showers" as "rain showers". */
  private static String readable(String code) {
    return code == null ? "" : code.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
  }
}
