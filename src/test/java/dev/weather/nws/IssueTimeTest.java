package dev.weather.nws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A text product's issue time line, read in the offset the office wrote it in. */
class IssueTimeTest {

  @Test
  void readsTheLineAsNwsWritesIt() {
    assertThat(IssueTime.read("1052 AM EST Wed Dec 2 2026"))
        .isEqualTo(OffsetDateTime.parse("2026-12-02T10:52-05:00"));
    assertThat(IssueTime.read("208 PM EDT Tue Aug 6 2024"))
        .isEqualTo(OffsetDateTime.parse("2024-08-06T14:08-04:00"));
  }

  @ParameterizedTest
  @CsvSource({
    "1200 AM, 00:00",
    "1259 AM, 00:59",
    "100 AM, 01:00",
    "1159 AM, 11:59",
    "1200 PM, 12:00",
    "100 PM, 13:00",
    "1159 PM, 23:59"
  })
  void twelveIsMidnightInTheMorningAndNoonInTheAfternoon(String clock, String time) {
    assertThat(IssueTime.read(clock + " CST Sat Jan 31 2026"))
        .isEqualTo(OffsetDateTime.parse("2026-01-31T" + time + "-06:00"));
  }

  @ParameterizedTest
  @CsvSource({
    "UTC, Z",
    "GMT, Z",
    "AST, -04:00",
    "EDT, -04:00",
    "EST, -05:00",
    "CDT, -05:00",
    "CST, -06:00",
    "MDT, -06:00",
    "MST, -07:00",
    "PDT, -07:00",
    "PST, -08:00",
    "AKDT, -08:00",
    "AKST, -09:00",
    "HDT, -09:00",
    "HST, -10:00",
    "SST, -11:00",
    "ChST, +10:00",
    "est, -05:00"
  })
  void eachZoneAnOfficeWritesInHasItsOffset(String zone, String offset) {
    assertThat(IssueTime.read("930 PM " + zone + " Mon Mar 2 2026"))
        .isEqualTo(OffsetDateTime.parse("2026-03-02T21:30" + offset));
  }

  @ParameterizedTest
  @CsvSource({"Jan, 01", "Feb, 02", "Jun, 06", "Sep, 09", "Dec, 12", "DEC, 12", "dec, 12"})
  void eachMonthByItsAbbreviationInAnyCase(String month, String number) {
    assertThat(IssueTime.read("400 AM PST Fri " + month + " 4 2026"))
        .isEqualTo(OffsetDateTime.parse("2026-" + number + "-04T04:00-08:00"));
  }

  @Test
  void theWeekdayIsNotCheckedAndSpaceAroundIsIgnored() {
    assertThat(IssueTime.read("  1052 AM EST Sun Dec 2 2026 \t"))
        .isEqualTo(OffsetDateTime.parse("2026-12-02T10:52-05:00"));
    assertThat(IssueTime.read("1052 AM EST Wed Dec 02 2026"))
        .isEqualTo(OffsetDateTime.parse("2026-12-02T10:52-05:00"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "052 AM EST Wed Dec 2 2026", // hour 0
        "1352 PM EST Wed Dec 2 2026", // hour 13
        "1060 AM EST Wed Dec 2 2026", // minute 60
        "1052 AM EST Mon Feb 30 2026", // no such day
        "1052 AM EST Wed Dec 0 2026",
        "1052 AM XYZ Wed Dec 2 2026", // no zone we know
        "1052 AM EST Wed Dez 2 2026", // no month we know
        "1052 am EST Wed Dec 2 2026",
        "10:52 AM EST Wed Dec 2 2026",
        "1052 AM EST Wed Dec 2 26",
        "Noon EST Wed Dec 2 2026",
        "1052 AM EST Wed Dec 2 2026 corrected",
        "National Weather Service New York NY"
      })
  void anUnreadableLineIsNoTime(String line) {
    assertThat(IssueTime.read(line)).isNull();
  }
}
