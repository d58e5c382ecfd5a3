package dev.weather.forecast;

import java.util.List;

/**
 * One section of a {@link Discussion}: its {@code heading} as NWS wrote it ("NEAR TERM /THROUGH
 * TONIGHT/"), null for text outside any named section (an outlook's list of zones, a product with
 * no sections), and its paragraphs, each one line of plain text; never empty.
 */
public record DiscussionSection(String heading, List<String> paragraphs) {

  public DiscussionSection {
    paragraphs = List.copyOf(paragraphs);
  }
}
