package dev.weather.forecast;

import java.time.Instant;
import java.util.List;

/**
 * One hour of NWS's raw grid, starting at {@code start} (a whole UTC hour). Values are in SI, the
 * units the app computes in, and a page turns them into a person's units ({@link Units}): °C for
 * the temperatures, km/h for the wind, percent, degrees clockwise from north for where the wind
 * comes from. Each value is null when NWS forecasts none for this hour. {@code weather} is empty
 * when NWS says there is none, null when it says nothing. {@code amounts} is this hour's share of
 * what falls, never null (its parts may be).
 */
public record GridHour(
    Instant start,
    Double apparentTemperature,
    Double heatIndex,
    Double windChill,
    Double dewpoint,
    Integer relativeHumidity,
    Integer skyCover,
    Double windSpeed,
    Double windGust,
    Integer windDirection,
    Integer probabilityOfPrecipitation,
    Integer probabilityOfThunder,
    List<GridWeather> weather,
    Amounts amounts) {

  public GridHour {
    weather = weather == null ? null : List.copyOf(weather);
    amounts = amounts == null ? Amounts.NONE : amounts;
  }
}
