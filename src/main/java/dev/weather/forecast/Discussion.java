package dev.weather.forecast;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The latest text product of an NWS office, as the discussion page shows it: {@code office} is the
 * office's line ("National Weather Service New York NY", or its code, "KOKX", where the text has
 * none), {@code issued} when it was issued, in the offset the office wrote it in (null where
 * neither the text nor NWS's listing says), {@code title} the product's name line ("Area Forecast
 * Discussion"). The sections come in the text's order. Every text is plain, as the forecaster wrote
 * it, never markup: the page escapes it like any other text.
 */
public record Discussion(
    Kind kind,
    String office,
    OffsetDateTime issued,
    String title,
    List<DiscussionSection> sections) {

  public Discussion {
    sections = List.copyOf(sections);
  }

  /** The products read, named by NWS's product code. */
  public enum Kind {
    /** Area Forecast Discussion: the forecasters' reasoning behind the forecast. */
    AFD,
    /** Hazardous Weather Outlook: what hazards the coming week may bring. */
    HWO
  }
}
