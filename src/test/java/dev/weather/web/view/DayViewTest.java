package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.ForecastPeriod;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 7-day forecast's days: each daytime period with the night after it, and each half as the card
 * prints it.
 */
class DayViewTest {

  private static final ZoneId EASTERN = ZoneId.of("America/New_York");
  private static final String RAIN = "https://api.weather.gov/icons/land/day/rain,70?size=medium";
  private static final String CLEAR_NIGHT =
      "https://api.weather.gov/icons/land/night/skc?size=medium";

  @Test
  void pairsEachDayWithTheNightAfterItAndLetsALeadingNightStandAlone() {
    List<DayView> days =
        DayView.pair(
            List.of(
                night(1, "Tonight"),
                day(2, "Wednesday"),
                night(3, "Wednesday Night"),
                day(4, "Thursday"),
                night(5, "Thursday Night")),
            EASTERN);

    assertThat(days).extracting(DayView::name).containsExactly("Tonight", "Wednesday", "Thursday");
    assertThat(days.get(0).day()).isNull();
    assertThat(days.get(0).night().name()).isEqualTo("Tonight");
    assertThat(days.get(1).day().name()).isEqualTo("Wednesday");
    assertThat(days.get(1).night().name()).isEqualTo("Wednesday Night");
    assertThat(days.get(2).day().name()).isEqualTo("Thursday");
    assertThat(days.get(2).night().name()).isEqualTo("Thursday Night");
  }

  @Test
  void leavesADayWithoutANightAfterItAlone() {
    List<DayView> days = DayView.pair(List.of(day(1, "Today"), day(2, "Wednesday")), EASTERN);

    assertThat(days).extracting(DayView::name).containsExactly("Today", "Wednesday");
    assertThat(days).allSatisfy(d -> assertThat(d.night()).isNull());
    assertThat(days).extracting(d -> d.day().name()).containsExactly("Today", "Wednesday");
  }

  @Test
  void endsWithALastDayWhoseNightNwsHasNotGivenYet() {
    List<DayView> days = DayView.pair(List.of(night(1, "Tonight"), day(2, "Wednesday")), EASTERN);

    assertThat(days).hasSize(2);
    assertThat(days.get(1).day().name()).isEqualTo("Wednesday");
    assertThat(days.get(1).night()).isNull();
  }

  @Test
  void printsAHalfInThePlacesTimeZoneWithLocalIcons() {
    DayView.Half half = DayView.pair(List.of(day(2, "Wednesday")), EASTERN).get(0).day();

    assertThat(half)
        .isEqualTo(
            new DayView.Half(
                "Wednesday",
                "/assets/icons/rain.svg",
                "52°F",
                "Rain",
                "SW 10 mph",
                70,
                "Rain, mainly after noon.",
                "Wed Mar 11, 6:00 AM",
                "Wed Mar 11, 6:00 PM"));
    assertThat(
            DayView.pair(List.of(night(1, "Tonight")), ZoneId.of("America/Los_Angeles"))
                .get(0)
                .night())
        .extracting(DayView.Half::icon, DayView.Half::start, DayView.Half::end)
        .as("in Pacific time, three hours behind NWS's offset")
        .containsExactly("/assets/icons/moon.svg", "Tue Mar 10, 3:00 PM", "Wed Mar 11, 3:00 AM");
  }

  @Test
  void printsADashForNoTemperatureAndNothingForNoWind() {
    ForecastPeriod bare =
        new ForecastPeriod(
            1,
            "Today",
            at("2026-03-10T06:00"),
            at("2026-03-10T18:00"),
            true,
            null,
            "F",
            null,
            null,
            null,
            RAIN,
            "Rain",
            "Rain.");

    DayView.Half half = DayView.pair(List.of(bare), EASTERN).get(0).day();

    assertThat(half.temperature()).isEqualTo("–");
    assertThat(half.wind()).isNull();
    assertThat(half.chanceOfPrecipitation()).isNull();
  }

  private static ForecastPeriod day(int number, String name) {
    return new ForecastPeriod(
        number,
        name,
        at("2026-03-11T06:00"),
        at("2026-03-11T18:00"),
        true,
        52,
        "F",
        "10 mph",
        "SW",
        70,
        RAIN,
        "Rain",
        "Rain, mainly after noon.");
  }

  private static ForecastPeriod night(int number, String name) {
    return new ForecastPeriod(
        number,
        name,
        at("2026-03-10T18:00"),
        at("2026-03-11T06:00"),
        false,
        38,
        "F",
        "5 mph",
        "N",
        null,
        CLEAR_NIGHT,
        "Clear",
        "Clear, with a low around 38.");
  }

  /** A local time in the eastern zone, as NWS gives it (EDT from 8 March 2026). */
  private static OffsetDateTime at(String local) {
    return OffsetDateTime.parse(local + ":00-04:00");
  }
}
