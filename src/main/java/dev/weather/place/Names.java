package dev.weather.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Place names reduced to a key that ignores case, accents, punctuation and the usual abbreviations.
 */
final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("[.'’()]");
  private static final Pattern SPACES = Pattern.compile("[\\s-]+");
  private static final Map<String, String> SHORT =
      Map.of("saint", "st", "sainte", "ste", "mount", "mt", "fort", "ft", "port", "pt");

  private Names() {}

  /**
   * "St. Louis" and "Saint Louis" both become "st louis"; "Coeur d'Alene" becomes "coeur dalene".
   */
  static String key(String name) {
    if (isPlain(name)) {
      String lower = name.toLowerCase(Locale.ROOT);
      return SHORT.keySet().stream().anyMatch(lower::contains) ? slowKey(name) : lower;
    }
    return slowKey(name);
  }

  /** Letters and single spaces only: most names, which need nothing but lower case. */
  private static boolean isPlain(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && !(c == ' ' && i > 0 && name.charAt(i - 1) != ' ' && i < name.length() - 1)) {
        return false;
      }
    }
    return !name.isEmpty();
  }

  private static String slowKey(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String[] words =
        SPACES.split(DROPPED.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("").strip());
    StringBuilder key = new StringBuilder(plain.length());
    for (String word : words) {
      if (!word.isEmpty()) {
        key.append(key.isEmpty() ? "" : " ").append(SHORT.getOrDefault(word, word));
      }
    }
    return key.toString();
  }
}
