package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.Daylight;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Today's sun at a place: NWS's times when they are of today, else computed; polar day and night.
 */
class SunViewTest {

  private static final Coordinates NORTON = new Coordinates(41.967, -71.189);
  private static final ZoneId EASTERN = ZoneId.of("America/New_York");

  /** NWS's points answer for Norton, MA, fetched on 2026-07-15. */
  private static final Daylight NWS_JULY_15 =
      new Daylight(
          OffsetDateTime.parse("2026-07-15T05:21:16-04:00"),
          OffsetDateTime.parse("2026-07-15T20:20:19-04:00"));

  private static final Coordinates UTQIAGVIK = new Coordinates(71.2906, -156.7886);
  private static final ZoneId ALASKA = ZoneId.of("America/Anchorage");

  @Test
  void takesNwssTimesOnTheDayNwsGaveThem() {
    SunView sun = SunView.of(NORTON, EASTERN, LocalDate.of(2026, 7, 15), NWS_JULY_15);

    assertThat(sun).isEqualTo(new SunView("5:21 AM", "8:20 PM", "14 h 59 min", null));
  }

  @Test
  void computesTheTimesOnOtherDaysCloseToWhatNwsSays() {
    SunView computedForTheSameDay = SunView.of(NORTON, EASTERN, LocalDate.of(2026, 7, 15), null);
    SunView nextDay = SunView.of(NORTON, EASTERN, LocalDate.of(2026, 7, 16), NWS_JULY_15);

    assertThat(minutesBetween(computedForTheSameDay.sunrise(), "5:21 AM")).isLessThanOrEqualTo(2);
    assertThat(minutesBetween(computedForTheSameDay.sunset(), "8:20 PM")).isLessThanOrEqualTo(2);
    assertThat(nextDay.sunrise()).as("a day later: computed, not NWS's of the 15th").isNotNull();
    assertThat(minutesBetween(nextDay.sunrise(), "5:22 AM")).isLessThanOrEqualTo(2);
    assertThat(nextDay.polar()).isNull();
  }

  @Test
  void saysWhenTheSunDoesNotRiseOrSet() {
    assertThat(SunView.of(UTQIAGVIK, ALASKA, LocalDate.of(2026, 12, 21), null))
        .isEqualTo(new SunView(null, null, null, "The sun does not rise today."));
    assertThat(SunView.of(UTQIAGVIK, ALASKA, LocalDate.of(2026, 6, 21), null))
        .isEqualTo(new SunView(null, null, null, "The sun does not set today."));
  }

  @Test
  void hasTheLongerDaysInDecemberInTheSouthernTerritories() {
    Coordinates pagoPago = new Coordinates(-14.2781, -170.7025);
    ZoneId samoa = ZoneId.of("Pacific/Pago_Pago");

    SunView december = SunView.of(pagoPago, samoa, LocalDate.of(2026, 12, 21), null);
    SunView june = SunView.of(pagoPago, samoa, LocalDate.of(2026, 6, 21), null);

    assertThat(december.daylight()).isEqualTo("12 h 58 min");
    assertThat(june.daylight()).startsWith("11 h");
  }

  private static long minutesBetween(String a, String b) {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    return Math.abs(
        java.time.Duration.between(LocalTime.parse(a, time), LocalTime.parse(b, time)).toMinutes());
  }
}
