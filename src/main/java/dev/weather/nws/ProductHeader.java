package dev.weather.nws;

import static dev.weather.nws.AnswerLimits.shortText;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a text product's header says, read from its first lines as NWS writes them:
 *
 * <pre>
 * 000                                    a sequence number
 * FXUS61 KOKX 061808                     the WMO heading
 * AFDOKX                                 the AWIPS id
 *
 * Area Forecast Discussion               the product's name: {@code title}
 * National Weather Service New York NY   the office ("Issued by ..." may follow, for a backup)
 * 208 PM EDT Tue Aug 6 2024              the issue time: {@code issued}
 * </pre>
 *
 * The routing lines (the first three) are dropped; the rest is kept where it can be read, else left
 * null. {@code body} is the index of the first line after the header.
 */
record ProductHeader(String title, String office, OffsetDateTime issued, int body) {

  private static final Pattern SEQUENCE = Pattern.compile("\\d{3}");
  private static final Pattern WMO = Pattern.compile("[A-Z]{4}\\d{2} [A-Z]{4} \\d{6}( [A-Z]{3})?");
  private static final Pattern AWIPS = Pattern.compile("[A-Z0-9]{4,6}");

  /** Name, office, a backup's "Issued by", time: a longer block is the product's own text. */
  static final int MOST_LINES = 4;

  /**
   * The header of {@code lines}. Without the routing lines a block counts as the header only when
   * it holds an issue time, so a product that starts with its text keeps all of it.
   */
  static ProductHeader read(List<String> lines) {
    int at = nonBlank(lines, 0);
    int wmo = SEQUENCE.matcher(line(lines, at)).matches() ? at + 1 : at;
    boolean routed = WMO.matcher(line(lines, wmo)).matches();
    if (routed) {
      at = nonBlank(lines, AWIPS.matcher(line(lines, wmo + 1)).matches() ? wmo + 2 : wmo + 1);
    }
    List<String> block = block(lines, at);
    int time = timeLine(block);
    if (block.size() > MOST_LINES || !routed && time < 0) {
      return new ProductHeader(null, null, null, at);
    }
    List<String> names = time < 0 ? block : block.subList(0, time);
    return new ProductHeader(
        names.isEmpty() ? null : shortText(names.get(0)),
        names.size() < 2 ? null : shortText(names.get(1)),
        time < 0 ? null : IssueTime.read(block.get(time)),
        at + (time < 0 ? block.size() : time + 1));
  }

  /** Up to one line more than a header has, from {@code at} to a blank line or a heading. */
  private static List<String> block(List<String> lines, int at) {
    List<String> block = new ArrayList<>();
    for (int i = at; i < lines.size() && block.size() <= MOST_LINES; i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || ProductSections.isHeading(lines.get(i))) {
        break;
      }
      block.add(line);
    }
    return block;
  }

  private static int timeLine(List<String> block) {
    for (int i = 0; i < block.size(); i++) {
      if (IssueTime.read(block.get(i)) != null) {
        return i;
      }
    }
    return -1;
  }

  private static int nonBlank(List<String> lines, int from) {
    int at = from;
    while (at < lines.size() && lines.get(at).isBlank()) {
      at++;
    }
    return at;
  }

  private static String line(List<String> lines, int at) {
    return at < lines.size() ? lines.get(at).strip() : "";
  }
}
