package dev.weather.nws;

/**
 * How much of an NWS answer the app keeps, so that no report, payload, cache entry or page grows
 * past a known size whatever NWS (or anyone between) sends. Each limit is well above what NWS sends
 * (docs/OPERATIONS.md, "Limits"): 14 forecast periods, 156 hours, a few alerts, texts of a few
 * hundred characters; an alert's description is the longest, a few thousand characters for a
 * hurricane, and a text product (a discussion) runs to tens of thousands.
 */
final class AnswerLimits {

  /** Forecast periods kept: a week of days and nights, and two to spare. */
  static final int PERIODS = 16;

  /** Hours kept: a week. */
  static final int HOURS = 168;

  /** Hours of the raw grid kept: ten days, where NWS's grid covers about seven and a half. */
  static final int GRID_HOURS = 240;

  /** Kinds of weather kept for an hour of the raw grid: NWS gives one to three. */
  static final int GRID_WEATHER = 4;

  /**
   * A word of the raw grid's weather ("slight_chance", "thunderstorms"): characters kept. Short, as
   * the grid repeats them for each of its hours.
   */
  static final int GRID_WORD = 40;

  /**
   * Hours of a station's past readings kept, the latest: a day and one to spare, where NWS lists up
   * to a week of them.
   */
  static final int PAST_HOURS = 25;

  /** Alerts kept, in the order NWS lists them. */
  static final int ALERTS = 20;

  /** Names, labels, short forecasts, wind, icon addresses: characters kept. */
  static final int SHORT_TEXT = 200;

  /** A period's detailed forecast, an alert's headline and areas: characters kept. */
  static final int MEDIUM_TEXT = 2_000;

  /** An alert's description and instructions: characters kept. */
  static final int LONG_TEXT = 8_000;

  /**
   * A text product's (a discussion's, an outlook's) characters read: the rest is left unread. NWS's
   * run from a few thousand to about 30,000.
   */
  static final int PRODUCT_TEXT = 60_000;

  /** A text product's sections kept, the first: an AFD has 6 to 12, an HWO 3 or 4. */
  static final int PRODUCT_SECTIONS = 40;

  /** Paragraphs kept of one section, the first: NWS writes up to about 15. */
  static final int SECTION_PARAGRAPHS = 50;

  /** One paragraph of a text product: characters kept. NWS's are under about 1,500. */
  static final int PARAGRAPH = 4_000;

  /**
   * Marks where a text was cut. Three dots, not the ellipsis: Java keeps a text with any character
   * beyond Latin-1 at two bytes a character, and a cut text would take twice the memory.
   */
  static final String CUT = "...";

  private AnswerLimits() {}

  /**
   * {@code text}, cut to at most {@code max} characters (the last one a {@link #CUT}), never inside
   * a surrogate pair.
   */
  static String text(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - CUT.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + CUT;
  }

  static String shortText(String text) {
    return text(text, SHORT_TEXT);
  }
}
