package dev.weather.nws;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text product's issue time line, "1052 AM EST Wed Dec 2 2026": the office's clock, its zone's
 * abbreviation, the date. Kept in the offset it names, so the page can say it as the office did.
 */
final class IssueTime {

  /** Hour and minutes run together ("208" is 2:08); the weekday is not checked. */
  private static final Pattern LINE =
      Pattern.compile(
          "(\\d{1,2})(\\d{2}) (AM|PM) ([A-Za-z]{2,5}) [A-Za-z]{3} ([A-Za-z]{3}) (\\d{1,2}) (\\d{4})");

  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  /** The zones NWS offices write in, from Guam's to Samoa's. */
  private static final Map<String, ZoneOffset> ZONES =
      Map.ofEntries(
          Map.entry("UTC", ZoneOffset.UTC),
          Map.entry("GMT", ZoneOffset.UTC),
          Map.entry("AST", ZoneOffset.ofHours(-4)),
          Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("EST", ZoneOffset.ofHours(-5)),
          Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("CST", ZoneOffset.ofHours(-6)),
          Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("MST", ZoneOffset.ofHours(-7)),
          Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("PST", ZoneOffset.ofHours(-8)),
          Map.entry("AKDT", ZoneOffset.ofHours(-8)),
          Map.entry("AKST", ZoneOffset.ofHours(-9)),
          Map.entry("HDT", ZoneOffset.ofHours(-9)),
          Map.entry("HST", ZoneOffset.ofHours(-10)),
          Map.entry("SST", ZoneOffset.ofHours(-11)),
          Map.entry("CHST", ZoneOffset.ofHours(10)));

  private IssueTime() {}

  /** The time {@code line} says, or null where it is not such a line or names no real time. */
  static OffsetDateTime read(String line) {
    Matcher m = LINE.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    int hour = Integer.parseInt(m.group(1));
    ZoneOffset offset = ZONES.get(m.group(4).toUpperCase(Locale.ROOT));
    int month = MONTHS.indexOf(m.group(5).toUpperCase(Locale.ROOT)) + 1;
    if (hour < 1 || hour > 12 || offset == null || month == 0) {
      return null;
    }
    int hourOfDay = hour % 12 + (m.group(3).equals("PM") ? 12 : 0); // 12 AM is midnight
    try {
      return OffsetDateTime.of(
          Integer.parseInt(m.group(7)),
          month,
          Integer.parseInt(m.group(6)),
          hourOfDay,
          Integer.parseInt(m.group(2)),
          0,
          0,
          offset);
    } catch (DateTimeException noSuchTime) { // minute 75, February 30
      return null;
    }
  }
}
