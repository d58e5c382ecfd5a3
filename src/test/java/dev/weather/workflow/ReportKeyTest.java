package dev.weather.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportKeyTest {

  @Test
  void isTheSameKeyForPointsNwsCannotTellApart() {
    ReportKey typed = new ReportKey(Location.of(new Coordinates(41.96701, -71.18899)), Units.US);

    assertThat(typed)
        .isEqualTo(new ReportKey(Location.of(new Coordinates(41.967, -71.189)), Units.US));
    assertThat(typed.workflowId()).isEqualTo("forecast-41.967,-71.189-us");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "forecast-41.967,-71.189-us",
        "forecast-0,-149.9-si",
        "forecast-BOX-70-82-us",
        "forecast-SEW-0-9999-si"
      })
  void readsBackEveryIdItMakes(String id) {
    assertThat(ReportKey.of(id))
        .hasValueSatisfying(key -> assertThat(key.workflowId()).isEqualTo(id));
  }

  @Test
  void readsAGridIdAsThatGrid() {
    assertThat(ReportKey.of("forecast-BOX-70-82-si"))
        .contains(new ReportKey(Location.of(new GridPoint("BOX", 70, 82)), Units.SI));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "forecast-41.9670,-71.189-us",
        "forecast-41.967,-71.189-US",
        "forecast-41.967,-71.189",
        "forecast-91,0-us",
        "forecast-45,181-us",
        "forecast-box-70-82-us",
        "forecast-BOX-70-82-us/../x",
        "forecast--0,1-us",
        "forecast-41.967,-71.189-us%0a",
        "weather-41.967,-71.189-us",
        "forecast-41.96701,-71.189-us"
      })
  void knowsNothingElse(String id) {
    assertThat(ReportKey.of(id)).isEmpty();
  }
}
