package dev.weather.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formulas against NWS's own wind chill and heat index tables. */
class ComfortTest {

  @ParameterizedTest(name = "{0} °F in {1} mph feels like {2} °F")
  @CsvSource({"40, 10, 34", "30, 10, 21", "0, 15, -19", "-10, 5, -22", "50, 20, 44"})
  void givesNwsWindChill(double fahrenheit, double mph, long chill) {
    assertThat(Math.round(Comfort.windChill(fahrenheit, mph))).isEqualTo(chill);
  }

  @ParameterizedTest(name = "none at {0} °F in {1} mph")
  @CsvSource({"51, 10", "30, 3", "30, 0"})
  void givesNoWindChillWhereItDoesNotApply(double fahrenheit, double mph) {
    assertThat(Comfort.windChill(fahrenheit, mph)).isNull();
  }

  @ParameterizedTest(name = "{0} °F at {1}% feels like {2} °F")
  // The last two beyond the table: the adjustments for humid air (+0.5 °F) and for dry air (-0.5
  // °F).
  @CsvSource({
    "90, 50, 95",
    "96, 65, 121",
    "100, 40, 109",
    "80, 40, 80",
    "82, 90, 92",
    "104, 10, 98"
  })
  void givesNwsHeatIndex(double fahrenheit, double humidity, long index) {
    assertThat(Math.round(Comfort.heatIndex(fahrenheit, humidity))).isEqualTo(index);
  }

  @ParameterizedTest(name = "none at {0} °F")
  @CsvSource({"79.9, 90", "60, 50"})
  void givesNoHeatIndexBelowEightyDegrees(double fahrenheit, double humidity) {
    assertThat(Comfort.heatIndex(fahrenheit, humidity)).isNull();
  }

  @ParameterizedTest(name = "{0} °C with a dew point of {1} °C: {2}%")
  @CsvSource({"20, 20, 100", "20, 10, 52.5", "30, 20, 55.1", "0, -5, 69.1", "-10, -12, 85.2"})
  void givesHumidityFromTheDewPoint(double celsius, double dewpoint, double humidity) {
    assertThat(Comfort.humidity(celsius, dewpoint)).isCloseTo(humidity, within(0.3));
  }
}
