package dev.weather.nws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Measure;
import dev.weather.forecast.Observation;
import dev.weather.forecast.Units;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Observation values converted by their own unitCode, whatever {@code units} the request had. */
class ObservationsTest {

  @ParameterizedTest(name = "{0} {1} is {3} {4} in {2}")
  @CsvSource({
    "wmoUnit:degC, 22.8, US, 73.0, °F",
    "wmoUnit:degC, 22.8, SI, 22.8, °C",
    "unit:degC,    -40,  US, -40.0, °F",
    "unit:degF,    50,   SI, 10.0, °C",
    "unit:degF,    50,   US, 50.0, °F",
    "wmoUnit:K,    283.15, SI, 10.0, °C",
    "degC,         0,    US, 32.0, °F"
  })
  void convertsTemperaturesByTheirUnitCode(
      String code, double value, Units units, double expected, String unit) {
    Observation o = Observations.of(withTemperature(code, value), units);

    assertThat(o.temperature()).isEqualTo(new Measure(expected, unit));
  }

  @ParameterizedTest(name = "{0} {1} is {3} {4} in {2}")
  @CsvSource({
    "wmoUnit:km_h-1, 16.09344, US, 10.0, mph",
    "wmoUnit:km_h-1, 7.56,     SI, 7.6,  km/h",
    "wmoUnit:m_s-1,  10,       SI, 36.0, km/h",
    "unit:m_s-1,     10,       US, 22.4, mph",
    "wmoUnit:kn,     10,       SI, 18.5, km/h",
    "unit:[kn_i],    10,       US, 11.5, mph",
    "unit:[mi_i]_h-1, 10,      SI, 16.1, km/h"
  })
  void convertsWindByItsUnitCode(
      String code, double value, Units units, double expected, String unit) {
    Observation o =
        Observations.of(
            with(
                null,
                null,
                q(code, value),
                q("wmoUnit:degree_(angle)", 20.0),
                null,
                null,
                null,
                null),
            units);

    assertThat(o.windSpeed()).isEqualTo(new Measure(expected, unit));
    assertThat(o.windFrom()).isEqualTo("NNE");
  }

  @Test
  void convertsPressureAndVisibility() {
    Observation us =
        Observations.of(
            with(
                null,
                null,
                null,
                null,
                q("wmoUnit:Pa", 101860.0),
                q("wmoUnit:m", 16090.0),
                null,
                null),
            Units.US);
    Observation si =
        Observations.of(
            with(null, null, null, null, q("unit:hPa", 1018.6), q("unit:km", 0.4), null, null),
            Units.SI);

    assertThat(us.pressure()).isEqualTo(new Measure(30.08, "inHg"));
    assertThat(us.visibility()).isEqualTo(new Measure(10.0, "mi"));
    assertThat(si.pressure()).isEqualTo(new Measure(1018.6, "hPa"));
    assertThat(si.visibility()).isEqualTo(new Measure(0.4, "km"));
  }

  @Test
  void leavesOutAValueInAUnitItDoesNotKnowRatherThanGuess() {
    Observation o =
        Observations.of(
            with(
                q("wmoUnit:degR", 500.0),
                q("percent", 75.77),
                q("wmoUnit:furlong_fortnight-1", 3.0),
                null,
                q("wmoUnit:atm", 1.0),
                q("wmoUnit:nmi", 5.0),
                null,
                null),
            Units.US);

    assertThat(o.temperature()).isNull();
    assertThat(o.windSpeed()).isNull();
    assertThat(o.pressure()).isNull();
    assertThat(o.visibility()).isNull();
    assertThat(o.humidity()).isEqualTo(76);
  }

  @Test
  void leavesOutValuesNwsSendsAsNull() {
    Observation o =
        Observations.of(
            with(q("wmoUnit:degC", null), null, null, null, null, null, null, null), Units.US);

    assertThat(o.temperature()).isNull();
    assertThat(o.humidity()).isNull();
    assertThat(o.windFrom()).isNull();
  }

  @ParameterizedTest(name = "{0} °C feels like {1} °C: shown {2}")
  @CsvSource({
    "30, 32.8, true", // heat index 5.04 °F above
    "30, 32.7, false", // 4.86 °F above
    "-5, -7.8, true", // wind chill 5.04 °F below
    "-5, -7.7, false"
  })
  void showsFeelsLikeOnlyWhenFiveDegreesFahrenheitAway(
      double celsius, double feels, boolean shown) {
    NwsJson.Quantity index = q("wmoUnit:degC", feels);
    NwsJson.ObservationProperties p =
        celsius > 0
            ? with(q("wmoUnit:degC", celsius), null, null, null, null, null, null, index)
            : with(q("wmoUnit:degC", celsius), null, null, null, null, null, index, null);

    Observation o = Observations.of(p, Units.SI);

    assertThat(o.feelsLike()).isEqualTo(shown ? new Measure(feels, "°C") : null);
  }

  @ParameterizedTest(name = "{0} degrees is {1}")
  @CsvSource({
    "0, N",
    "11.2, N",
    "11.3, NNE",
    "90, E",
    "191, S",
    "200, SSW",
    "348.7, NNW",
    "348.8, N",
    "360, N",
    "-22.5, NNW"
  })
  void namesTheCompassPointTheWindComesFrom(double degrees, String point) {
    assertThat(Observations.compass(degrees)).isEqualTo(point);
  }

  @Test
  void saysNoDirectionForACalm() {
    Observation calm =
        Observations.of(
            with(
                null,
                null,
                q("wmoUnit:km_h-1", 0.0),
                q("wmoUnit:degree_(angle)", 0.0),
                null,
                null,
                null,
                null),
            Units.US);

    assertThat(calm.windSpeed()).isEqualTo(new Measure(0.0, "mph"));
    assertThat(calm.windFrom()).isNull();
  }

  private static NwsJson.ObservationProperties withTemperature(String code, double value) {
    return with(q(code, value), null, null, null, null, null, null, null);
  }

  private static NwsJson.ObservationProperties with(
      NwsJson.Quantity temperature,
      NwsJson.Quantity humidity,
      NwsJson.Quantity wind,
      NwsJson.Quantity direction,
      NwsJson.Quantity pressure,
      NwsJson.Quantity visibility,
      NwsJson.Quantity windChill,
      NwsJson.Quantity heatIndex) {
    return new NwsJson.ObservationProperties(
        OffsetDateTime.parse("2026-03-10T19:15:00Z"),
        "Clear",
        null,
        temperature,
        null,
        direction,
        wind,
        null,
        pressure,
        null,
        visibility,
        humidity,
        windChill,
        heatIndex,
        null);
  }

  private static NwsJson.Quantity q(String code, Double value) {
    return new NwsJson.Quantity(value, code);
  }
}
