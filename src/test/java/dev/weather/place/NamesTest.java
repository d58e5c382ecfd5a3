package dev.weather.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The key a name is found by: case, accents, punctuation, spacing and the usual abbreviations do
 * not count.
 */
class NamesTest {

  @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Boston            | boston
      A                 | a
      Z z               | z z
      St. Louis         | st louis
      Saint Louis       | st louis
      Sainte Genevieve  | ste genevieve
      Mount Vernon      | mt vernon
      Fort Worth        | ft worth
      Port Arthur       | pt arthur
      Portland          | portland
      Coeur d'Alene     | coeur dalene
      Winston-Salem     | winston salem
      Cañon City        | canon city
      O’Fallon          | ofallon
      '  Boston'        | boston
      'Boston  '        | boston
      'New  York'       | new york
      Anchorage (city)  | anchorage city
      """)
  void keysANameAsPeopleMeanIt(String name, String key) {
    assertThat(Names.key(name)).isEqualTo(key);
  }
}
