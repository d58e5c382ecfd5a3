package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeatherParamsTest {

  @Test
  void keepsWhatNamedThePlaceTrimmedAndInOrderForTheUnitLinks() {
    WeatherParams params =
        new WeatherParams(" Boston, MA ", "42.36", " -71.06", "BOX", "71", "90 ", "si");

    assertThat(params.placeParams())
        .containsExactly(
            entry("q", "Boston, MA"),
            entry("lat", "42.36"),
            entry("lon", "-71.06"),
            entry("office", "BOX"),
            entry("gridX", "71"),
            entry("gridY", "90"));
  }

  @Test
  void leavesOutWhatWasNotGivenAndTheUnits() {
    assertThat(new WeatherParams(null, "41.967", "-71.189", "", "  ", null, "us").placeParams())
        .containsExactly(entry("lat", "41.967"), entry("lon", "-71.189"));
    assertThat(new WeatherParams(null, null, null, null, null, null, "si").placeParams()).isEmpty();
  }

  private static java.util.Map.Entry<String, String> entry(String name, String value) {
    return java.util.Map.entry(name, value);
  }
}
