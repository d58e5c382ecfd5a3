package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.weather.forecast.Amounts;
import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridHour;
import dev.weather.forecast.GridHours;
import dev.weather.forecast.GridWeather;
import dev.weather.forecast.Location;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.report.Answer;
import dev.weather.workflow.ReportKey;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The raw grid's amounts on the page: each day card's, and the next 3 days' in a sentence, in the
 * person's units ({@link Forecasts#detail}: 0.30 in of rain tonight, 1.2 cm of snow Wednesday
 * night).
 */
class AmountsOnThePageTest {

  private static final Instant EVENING = Forecasts.EVENING.toInstant();
  private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

  @Test
  void givesEachDayWhatFallsOverItsDayAndNight() {
    WeatherPage us = page(Units.US, Set.of(), EVENING);
    WeatherPage si = page(Units.SI, Set.of(), EVENING);

    assertThat(us.days())
        .extracting(DayView::name, DayView::amounts)
        .containsExactly(
            tuple("Tonight", "Precipitation 0.30 in"), tuple("Wednesday", "Snow 0.5 in"));
    assertThat(si.days())
        .extracting(DayView::amounts)
        .containsExactly("Precipitation 7.6 mm", "Snow 1.2 cm");
  }

  @Test
  void sumsTheNextThreeDaysInASentence() {
    assertThat(page(Units.US, Set.of(), EVENING).amounts().value())
        .isEqualTo(
            "Next 3 days: 0.30 in of precipitation (rain and melted snow), tonight; 0.5 in of"
                + " snow, Wednesday night.");
    assertThat(page(Units.SI, Set.of(), EVENING).amounts().value())
        .isEqualTo(
            "Next 3 days: 7.6 mm of precipitation (rain and melted snow), tonight; 1.2 cm of snow,"
                + " Wednesday night.");
    // Three hours on: the hour under way (the fourth) is still counted, the three before it no
    // longer.
    assertThat(page(Units.US, Set.of(), EVENING.plusSeconds(3 * 3600 + 60)).amounts().value())
        .startsWith("Next 3 days: 0.15 in of precipitation");
  }

  @Test
  void saysNothingFallsOnlyWhenNwsForecastsAmountsOfNothing() {
    GridHour dry = hour(EVENING, new Amounts(0.0, 0.0, 0.0));
    GridHour unsaid = hour(EVENING, Amounts.NONE);

    assertThat(AmountsText.outlook(new GridHours(null, List.of(dry)), EVENING, PACIFIC, Units.US))
        .isEqualTo("No rain, snow or ice forecast for the next 3 days.");
    assertThat(
            AmountsText.outlook(new GridHours(null, List.of(unsaid)), EVENING, PACIFIC, Units.US))
        .isNull();
    assertThat(AmountsText.outlook(null, EVENING, PACIFIC, Units.US)).isNull();
    assertThat(
            AmountsText.between(
                new GridHours(null, List.of(dry)), EVENING, EVENING.plusSeconds(3600), Units.US))
        .isNull();
  }

  @Test
  void tellsIceAndLeavesOutWhatRoundsToNothing() {
    GridHour glaze = hour(EVENING, new Amounts(0.1, null, 6.35));
    GridHours grid = new GridHours(null, List.of(glaze));

    assertThat(AmountsText.between(grid, EVENING, EVENING.plusSeconds(3600), Units.US))
        .isEqualTo("Ice 0.3 in");
    assertThat(AmountsText.outlook(grid, EVENING, PACIFIC, Units.SI))
        .isEqualTo(
            "Next 3 days: 0.1 mm of precipitation (rain and melted snow), tonight; 0.6 cm of ice,"
                + " tonight.");
  }

  @Test
  void namesTheHalvesOfTheDaysWhenItFalls() {
    // Tuesday 6 PM on: rain from Wednesday 3 AM (still Tuesday's night) to Thursday 7 AM.
    Instant wednesday3am = EVENING.plusSeconds(9 * 3600);
    Instant thursday7am = EVENING.plusSeconds(37 * 3600);
    GridHours grid =
        new GridHours(
            null,
            List.of(
                hour(EVENING, new Amounts(0.0, null, null)),
                hour(wednesday3am, new Amounts(1.0, null, null)),
                hour(EVENING.plusSeconds(20 * 3600), new Amounts(0.0, null, null)),
                hour(thursday7am, new Amounts(1.0, null, null))));

    assertThat(AmountsText.outlook(grid, EVENING, PACIFIC, Units.SI))
        .isEqualTo(
            "Next 3 days: 2.0 mm of precipitation (rain and melted snow), tonight through"
                + " Thursday.");
    // Seen at Wednesday 4 AM, its small hours are tonight's; 5:59 AM is still night, 6 AM day.
    assertThat(AmountsText.outlook(grid, wednesday3am.plusSeconds(3600), PACIFIC, Units.SI))
        .endsWith("tonight through Thursday.");
    GridHours dawn =
        new GridHours(
            null,
            List.of(
                hour(EVENING.plusSeconds(11 * 3600), new Amounts(1.0, null, null)),
                hour(EVENING.plusSeconds(12 * 3600), new Amounts(1.0, null, null)),
                hour(EVENING.plusSeconds(23 * 3600), new Amounts(null, 5.0, null)),
                hour(EVENING.plusSeconds(24 * 3600), new Amounts(null, 5.0, null))));
    assertThat(AmountsText.outlook(dawn, EVENING, PACIFIC, Units.SI))
        .isEqualTo(
            "Next 3 days: 2.0 mm of precipitation (rain and melted snow), tonight through"
                + " Wednesday; 1.0 cm of snow, Wednesday through Wednesday night.");
    assertThat(AmountsText.outlook(dawn, EVENING.plusSeconds(12 * 3600 + 60), PACIFIC, Units.SI))
        .isEqualTo(
            "Next 3 days: 1.0 mm of precipitation (rain and melted snow), today; 1.0 cm of snow,"
                + " today through tonight.");
  }

  @Test
  void notesAmountsThatAreLoadingOrCouldNotBeHad() {
    WeatherPage without = page(Units.US, Set.of(Part.DETAIL), EVENING);

    assertThat(without.amounts().unavailable()).isTrue();
    assertThat(without.amounts().value()).isNull();
    assertThat(without.days()).extracting(DayView::amounts).containsOnlyNulls();
    assertThat(without.hourly().value().detailed()).isFalse();
    assertThat(page(Units.US, Set.of(), EVENING).hourly().value().detailed()).isTrue();
  }

  @Test
  void namesEachKindOfWeatherInAnHour() {
    assertThat(
            HourDetail.type(
                List.of(
                    new GridWeather("chance", "thunderstorms", null),
                    new GridWeather("areas", "fog", null),
                    new GridWeather(null, "rain", "heavy"))))
        .isEqualTo("Thunderstorms, chance · Fog, areas · Heavy rain");
    assertThat(HourDetail.type(List.of())).isEqualTo("None");
    assertThat(HourDetail.type(null)).isNull();
  }

  private static GridHour hour(Instant start, Amounts amounts) {
    return new GridHour(
        start, null, null, null, null, null, null, null, null, null, null, null, null, amounts);
  }

  private static WeatherPage page(Units units, Set<Part> unavailable, Instant now) {
    ReportKey key = new ReportKey(Location.of(new Coordinates(47.6062, -122.3321)), units);
    Answer.Shown shown =
        new Answer.Shown(key, Forecasts.report(units, unavailable), now, Answer.State.FRESH);
    return WeatherPage.of(null, shown, "/us", "/si", "/discussion", null, now);
  }
}
