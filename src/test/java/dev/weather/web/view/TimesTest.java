package dev.weather.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimesTest {

  /**
   * NWS writes times with the offset of the grid's zone, or in UTC: the page prints them in the
   * place's own.
   */
  private static final OffsetDateTime NOON_UTC = OffsetDateTime.parse("2026-07-15T12:00:00Z");

  @ParameterizedTest
  @CsvSource({
    "America/New_York, 'Wed Jul 15, 8:00 AM'",
    "America/Chicago, 'Wed Jul 15, 7:00 AM'",
    "America/Denver, 'Wed Jul 15, 6:00 AM'",
    "America/Phoenix, 'Wed Jul 15, 5:00 AM'", // no daylight saving time
    "America/Los_Angeles, 'Wed Jul 15, 5:00 AM'",
    "America/Anchorage, 'Wed Jul 15, 4:00 AM'",
    "Pacific/Honolulu, 'Wed Jul 15, 2:00 AM'",
    "America/Puerto_Rico, 'Wed Jul 15, 8:00 AM'",
    "Pacific/Guam, 'Wed Jul 15, 10:00 PM'"
  })
  void printsATimeInEachUsZone(String zone, String printed) {
    assertThat(Times.format(NOON_UTC, ZoneId.of(zone), Times.WHEN)).isEqualTo(printed);
  }

  @Test
  void printsTheHoursAroundADaylightSavingChangeAsTheClockShowsThem() {
    ZoneId boston = ZoneId.of("America/New_York");
    // 2026-03-08: at 2:00 AM EST the clocks go to 3:00 AM EDT.
    assertThat(Times.format(OffsetDateTime.parse("2026-03-08T06:30:00Z"), boston, Times.DAY_TIME))
        .isEqualTo("Sun 1:30 AM");
    assertThat(Times.format(OffsetDateTime.parse("2026-03-08T07:30:00Z"), boston, Times.DAY_TIME))
        .isEqualTo("Sun 3:30 AM");
    // 2026-11-01: at 2:00 AM EDT the clocks go back to 1:00 AM EST, so 1 AM comes twice.
    assertThat(Times.format(OffsetDateTime.parse("2026-11-01T05:00:00Z"), boston, Times.DAY_HOUR))
        .isEqualTo("Sun 1 AM");
    assertThat(Times.format(OffsetDateTime.parse("2026-11-01T06:00:00Z"), boston, Times.DAY_HOUR))
        .isEqualTo("Sun 1 AM");
    assertThat(Times.format(OffsetDateTime.parse("2026-11-01T07:00:00Z"), boston, Times.HOUR))
        .isEqualTo("2 AM");
  }

  @Test
  void printsNothingForATimeNwsDidNotGive() {
    assertThat(Times.format(null, ZoneId.of("America/Denver"), Times.WHEN)).isNull();
  }

  @Test
  void printsTheFormatsThePageUses() {
    ZoneId denver = ZoneId.of("America/Denver");
    OffsetDateTime evening = OffsetDateTime.parse("2026-03-10T18:05:00-06:00");
    assertThat(Times.format(evening, denver, Times.TIME)).isEqualTo("6:05 PM");
    assertThat(Times.format(evening, denver, Times.DAY)).isEqualTo("Tue");
    assertThat(Times.format(evening, denver, Times.DAY_HOUR)).isEqualTo("Tue 6 PM");
  }

  @ParameterizedTest
  @CsvSource({
    "-5, just now", // a clock a little ahead of NWS's
    "0, just now",
    "59, just now",
    "60, 1 minute ago",
    "119, 1 minute ago",
    "1500, 25 minutes ago",
    "3599, 59 minutes ago",
    "3600, 1 hour ago",
    "7200, 2 hours ago",
    "172799, 47 hours ago",
    "172800, 2 days ago",
    "259200, 3 days ago"
  })
  void saysHowLongAgoAsAPersonWould(long seconds, String said) {
    assertThat(Times.ago(Duration.ofSeconds(seconds))).isEqualTo(said);
  }
}
