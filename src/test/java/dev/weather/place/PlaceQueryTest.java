package dev.weather.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weather.forecast.Coordinates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceQueryTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Boston, MA            | Boston       | MA",
        "boston,ma             | boston       | MA",
        "Boston, Massachusetts | Boston       | MA",
        "Boston MA             | Boston       | MA",
        "  St. Louis ,  mo     | St. Louis    | MO",
        "San Juan, Puerto Rico | San Juan     | PR",
        "Coeur d'Alene, ID     | Coeur d'Alene | ID",
        "Springfield           | Springfield  |",
        "Boston Massachusetts  | Boston Massachusetts |",
        "New York              | New York     |"
      })
  void readsANameWithAnOptionalState(String text, String name, String state) {
    assertThat(PlaceQuery.parse(text)).isEqualTo(new PlaceQuery.Name(name, state));
  }

  @ParameterizedTest
  @ValueSource(strings = {"02134", " 02134 ", "02134-1234"})
  void readsAZipCode(String text) {
    assertThat(PlaceQuery.parse(text)).isEqualTo(new PlaceQuery.Zip("02134"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"42.36, -71.06", "42.36,-71.06", "42.36 -71.06", "+42.36 , -71.06"})
  void readsAPoint(String text) {
    assertThat(PlaceQuery.parse(text))
        .isEqualTo(new PlaceQuery.Point(new Coordinates(42.36, -71.06)));
  }

  @Test
  void readsAPointAtTheEdgesOfTheGlobe() {
    assertThat(PlaceQuery.parse("90, 180"))
        .isEqualTo(new PlaceQuery.Point(new Coordinates(90, 180)));
    assertThat(PlaceQuery.parse("-90, -180"))
        .isEqualTo(new PlaceQuery.Point(new Coordinates(-90, -180)));
  }

  @Test
  void sayWhatToTypeForNothing() {
    assertThatThrownBy(() -> PlaceQuery.parse("   "))
        .isInstanceOf(InvalidPlaceQueryException.class)
        .hasMessageContaining("Boston, MA");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Boston, XX        | After the comma give a US state",
        "91, 10            | Latitude must be between -90 and 90",
        "45, 200           | longitude between -180 and 180",
        "<script>          | A place name has letters",
        "1234              | A place name has letters",
        "Boston; drop      | A place name has letters"
      })
  void explainsWhatIsWrong(String text, String message) {
    assertThatThrownBy(() -> PlaceQuery.parse(text))
        .isInstanceOf(InvalidPlaceQueryException.class)
        .hasMessageContaining(message);
  }

  @Test
  void refusesVeryLongText() {
    assertThat(PlaceQuery.parse("a".repeat(100)))
        .isEqualTo(new PlaceQuery.Name("a".repeat(100), null));
    assertThatThrownBy(() -> PlaceQuery.parse("a".repeat(101))).hasMessageContaining("at most 100");
  }
}
