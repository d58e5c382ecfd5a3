package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.CurrentConditions;
import dev.weather.forecast.Measure;
import dev.weather.forecast.Observation;
import dev.weather.forecast.Station;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What it is like now, in the words and rounding the page prints. */
class NowViewTest {

  private static final OffsetDateTime OBSERVED = OffsetDateTime.parse("2026-03-10T19:15:00Z");
  private static final Station NORWOOD =
      new Station("KOWD", "Norwood Memorial Airport", new Coordinates(42.19, -71.17));

  @Test
  void saysCalmWithoutDirectionOrGustsAndATenthOfAMileInFog() {
    NowView view =
        view(
            new Observation(
                OBSERVED,
                "Fog/Mist",
                "https://api.weather.gov/icons/land/night/fog",
                new Measure(33.4, "°F"),
                null,
                new Measure(33.4, "°F"),
                100,
                new Measure(0.0, "mph"),
                null,
                null,
                new Measure(29.9, "inHg"),
                new Measure(0.25, "mi")),
            null);

    assertThat(view.wind()).isEqualTo("Calm");
    assertThat(view.visibility()).isEqualTo("0.3 mi");
    assertThat(view.pressure()).isEqualTo("29.90 inHg");
    assertThat(view.temperature()).isEqualTo("33°F");
    assertThat(view.icon()).isEqualTo("/assets/icons/fog.svg");
    assertThat(view.distance()).isNull();
  }

  @Test
  void givesWindWithoutADirectionWhenTheStationGivesNone() {
    NowView view =
        view(
            new Observation(
                OBSERVED,
                null,
                null,
                new Measure(-3.6, "°C"),
                new Measure(-9.5, "°C"),
                null,
                null,
                new Measure(14.6, "km/h"),
                null,
                new Measure(30.4, "km/h"),
                new Measure(1019.6, "hPa"),
                null),
            new Measure(24.9, "km"));

    assertThat(view.wind()).isEqualTo("15 km/h, gusts 30 km/h");
    assertThat(view.temperature()).isEqualTo("-4°C");
    assertThat(view.feelsLike()).isEqualTo("-10°C");
    assertThat(view.pressure()).isEqualTo("1020 hPa");
    assertThat(view.icon()).isNull();
    assertThat(view.sky()).isNull();
    assertThat(view.humidity()).isNull();
    assertThat(view.distance()).isEqualTo("25 km");
  }

  @Test
  void tellsWhenInThePlacesTimeZone() {
    NowView view =
        view(
            new Observation(
                OBSERVED,
                "Sunny",
                null,
                new Measure(50, "°F"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            null);

    assertThat(view.observedAt()).isEqualTo("3:15 PM");
    assertThat(view.observedAgo()).isEqualTo("1 hour ago");
    assertThat(view.observedIso()).isEqualTo("2026-03-10T19:15:00Z");
    assertThat(view.wind()).isNull();
    assertThat(view.station()).isEqualTo("Norwood Memorial Airport");
  }

  @Test
  void printsNothingForWhatTheStationDoesNotGive() {
    NowView view =
        view(
            new Observation(
                OBSERVED,
                "Cloudy",
                null,
                new Measure(50, "°F"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            null);

    assertThat(view)
        .extracting(
            NowView::feelsLike,
            NowView::wind,
            NowView::humidity,
            NowView::dewpoint,
            NowView::pressure,
            NowView::visibility,
            NowView::distance)
        .containsOnlyNulls();
  }

  @Test
  void givesWindFromItsDirectionWithGustsAndWholeMilesFromTwo() {
    NowView view =
        view(
            new Observation(
                OBSERVED,
                "Windy",
                null,
                new Measure(50, "°F"),
                null,
                new Measure(40.5, "°F"),
                55,
                new Measure(5.4, "mph"),
                "NNE",
                new Measure(14.5, "mph"),
                new Measure(30.084, "inHg"),
                new Measure(2.0, "mi")),
            new Measure(15.5, "mi"));

    assertThat(view.wind()).isEqualTo("NNE 5 mph, gusts 15 mph");
    assertThat(view.visibility()).as("whole from 2 miles").isEqualTo("2 mi");
    assertThat(view.pressure()).isEqualTo("30.08 inHg");
    assertThat(view.dewpoint()).isEqualTo("41°F");
    assertThat(view.humidity()).isEqualTo("55%");
    assertThat(view.distance()).isEqualTo("16 mi");
    assertThat(
            view(
                    new Observation(
                        OBSERVED,
                        null,
                        null,
                        new Measure(50, "°F"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new Measure(1.94, "mi")),
                    null)
                .visibility())
        .as("a tenth under 2")
        .isEqualTo("1.9 mi");
  }

  @Test
  void roundsHalvesAwayFromZeroAsPeopleDo() {
    assertThat(Readings.round(0.5)).isEqualTo(1);
    assertThat(Readings.round(-0.5)).isEqualTo(-1);
    assertThat(Readings.round(2.4)).isEqualTo(2);
    assertThat(Readings.round(-2.6)).isEqualTo(-3);
    assertThat(Readings.round(0)).isZero();
  }

  private static NowView view(Observation observation, Measure distance) {
    return NowView.of(
        new CurrentConditions(NORWOOD, distance, observation),
        ZoneId.of("America/New_York"),
        Instant.parse("2026-03-10T20:20:00Z"));
  }
}
