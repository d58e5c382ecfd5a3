package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NWS's icon URLs mapped to the app's own icons, one for each thing a person should tell apart. */
class IconsTest {

  @ParameterizedTest
  @CsvSource({
    "https://api.weather.gov/icons/land/day/skc?size=medium, true, /assets/icons/sun.svg",
    "https://api.weather.gov/icons/land/night/skc?size=medium, false, /assets/icons/moon.svg",
    "https://api.weather.gov/icons/land/day/few?size=medium, true, /assets/icons/mostly-day.svg",
    "https://api.weather.gov/icons/land/night/few?size=medium, false, /assets/icons/mostly-night.svg",
    "https://api.weather.gov/icons/land/day/sct?size=medium, true, /assets/icons/partly-day.svg",
    "https://api.weather.gov/icons/land/night/sct?size=medium, false, /assets/icons/partly-night.svg",
    "https://api.weather.gov/icons/land/day/bkn?size=medium, true, /assets/icons/mostly-cloudy.svg",
    "https://api.weather.gov/icons/land/day/ovc?size=medium, true, /assets/icons/cloud.svg",
    "'https://api.weather.gov/icons/land/day/rain,80?size=medium', true, /assets/icons/rain.svg",
    "https://api.weather.gov/icons/land/day/rain?size=medium, true, /assets/icons/rain.svg",
    "'https://api.weather.gov/icons/land/day/rain_showers,60?size=medium', true, /assets/icons/showers.svg",
    "'https://api.weather.gov/icons/land/day/rain_showers,30?size=medium', true, /assets/icons/rain-chance.svg",
    "'https://api.weather.gov/icons/land/night/rain,59/snow,20?size=medium', false, /assets/icons/rain-chance.svg",
    "'https://api.weather.gov/icons/land/day/snow,30?size=medium', true, /assets/icons/snow.svg",
    "'https://api.weather.gov/icons/land/day/rain,x?size=medium', true, /assets/icons/rain.svg",
    "not an icon, true, /assets/icons/cloud.svg"
  })
  void tellsApartWhatPeopleTellApart(String nws, boolean daytime, String ours) {
    assertThat(Icons.of(nws, daytime)).isEqualTo(ours);
  }

  @ParameterizedTest
  @CsvSource({
    "https://api.weather.gov/icons/land/day/bkn?size=medium, true",
    "https://api.weather.gov/icons/land/night/bkn?size=medium, false",
    "https://api.weather.gov/icons/land/day/bkn?from=/night/, true",
    "https://example.com/nights/bkn, true",
    "not an icon, true"
  })
  void readsDayOrNightFromTheIconsPath(String nws, boolean daytime) {
    assertThat(Icons.daytime(nws)).isEqualTo(daytime);
  }
}
