package dev.weather.nws;

import static dev.weather.nws.AnswerLimits.PARAGRAPH;
import static dev.weather.nws.AnswerLimits.PRODUCT_SECTIONS;
import static dev.weather.nws.AnswerLimits.SECTION_PARAGRAPHS;
import static dev.weather.nws.AnswerLimits.shortText;

import dev.weather.forecast.DiscussionSection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text product's body read into sections, by NWS's fixed-width marks: a line {@code .NAME...text}
 * starts a section named NAME, {@code text} (if any) starting its first paragraph; {@code &&} ends
 * a section; {@code $$} ends the product. Text outside any named section makes a section without a
 * heading. A blank line ends a paragraph; the lines within one (NWS wraps at about 66 columns) join
 * with a space. The text itself is kept as NWS wrote it.
 */
final class ProductSections {

  /** A dot at the very start, a letter, the name up to the first "...": indented lines are text. */
  private static final Pattern HEADING = Pattern.compile("\\.([A-Za-z].*?)\\.\\.\\.(.*)");

  private final List<DiscussionSection> sections = new ArrayList<>();
  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  private String heading;

  private ProductSections() {}

  /**
   * The first {@link AnswerLimits#PRODUCT_SECTIONS} sections of {@code lines}, each with
   * paragraphs; what follows {@code $$} is left out: an AFD's forecasters' initials, or a second
   * outlook's segment for other zones, neither part of this reading.
   */
  static List<DiscussionSection> read(List<String> lines) {
    ProductSections body = new ProductSections();
    for (String line : lines) {
      String text = line.strip();
      Matcher heading = HEADING.matcher(line.stripTrailing());
      if (text.equals("$$")) {
        break;
      } else if (text.equals("&&")) {
        body.endSection(null);
      } else if (heading.matches()) {
        body.endSection(shortText(heading.group(1).strip()));
        body.add(heading.group(2).strip());
      } else if (text.isEmpty()) {
        body.endParagraph();
      } else {
        body.add(text);
      }
    }
    body.endSection(null);
    return List.copyOf(body.sections.subList(0, Math.min(body.sections.size(), PRODUCT_SECTIONS)));
  }

  static boolean isHeading(String line) {
    return HEADING.matcher(line.stripTrailing()).matches();
  }

  /** Adds a line's text to the paragraph (nothing, for a heading's line without any). */
  private void add(String text) {
    paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
  }

  private void endParagraph() {
    if (!paragraph.isEmpty() && paragraphs.size() < SECTION_PARAGRAPHS) {
      paragraphs.add(AnswerLimits.text(paragraph.toString(), PARAGRAPH));
    }
    paragraph.setLength(0);
  }

  /** Ends the section read so far, kept if it has any text, and starts one named {@code next}. */
  private void endSection(String next) {
    endParagraph();
    if (!paragraphs.isEmpty()) {
      sections.add(new DiscussionSection(heading, paragraphs));
    }
    paragraphs.clear();
    heading = next;
  }
}
