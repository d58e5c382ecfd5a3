package dev.weather.place;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The states, DC and the territories NWS covers, by USPS code and by name. */
final class States {

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("AL", "Alabama"),
          Map.entry("AK", "Alaska"),
          Map.entry("AZ", "Arizona"),
          Map.entry("AR", "Arkansas"),
          Map.entry("CA", "California"),
          Map.entry("CO", "Colorado"),
          Map.entry("CT", "Connecticut"),
          Map.entry("DE", "Delaware"),
          Map.entry("DC", "District of Columbia"),
          Map.entry("FL", "Florida"),
          Map.entry("GA", "Georgia"),
          Map.entry("HI", "Hawaii"),
          Map.entry("ID", "Idaho"),
          Map.entry("IL", "Illinois"),
          Map.entry("IN", "Indiana"),
          Map.entry("IA", "Iowa"),
          Map.entry("KS", "Kansas"),
          Map.entry("KY", "Kentucky"),
          Map.entry("LA", "Louisiana"),
          Map.entry("ME", "Maine"),
          Map.entry("MD", "Maryland"),
          Map.entry("MA", "Massachusetts"),
          Map.entry("MI", "Michigan"),
          Map.entry("MN", "Minnesota"),
          Map.entry("MS", "Mississippi"),
          Map.entry("MO", "Missouri"),
          Map.entry("MT", "Montana"),
          Map.entry("NE", "Nebraska"),
          Map.entry("NV", "Nevada"),
          Map.entry("NH", "New Hampshire"),
          Map.entry("NJ", "New Jersey"),
          Map.entry("NM", "New Mexico"),
          Map.entry("NY", "New York"),
          Map.entry("NC", "North Carolina"),
          Map.entry("ND", "North Dakota"),
          Map.entry("OH", "Ohio"),
          Map.entry("OK", "Oklahoma"),
          Map.entry("OR", "Oregon"),
          Map.entry("PA", "Pennsylvania"),
          Map.entry("RI", "Rhode Island"),
          Map.entry("SC", "South Carolina"),
          Map.entry("SD", "South Dakota"),
          Map.entry("TN", "Tennessee"),
          Map.entry("TX", "Texas"),
          Map.entry("UT", "Utah"),
          Map.entry("VT", "Vermont"),
          Map.entry("VA", "Virginia"),
          Map.entry("WA", "Washington"),
          Map.entry("WV", "West Virginia"),
          Map.entry("WI", "Wisconsin"),
          Map.entry("WY", "Wyoming"),
          Map.entry("PR", "Puerto Rico"),
          Map.entry("GU", "Guam"),
          Map.entry("VI", "U.S. Virgin Islands"),
          Map.entry("AS", "American Samoa"),
          Map.entry("MP", "Northern Mariana Islands"));

  private static final Map<String, String> CODES = new TreeMap<>();

  static {
    NAMES.forEach((code, name) -> CODES.put(name.toLowerCase(Locale.ROOT), code));
    CODES.put("virgin islands", "VI");
    CODES.put("us virgin islands", "VI");
    CODES.put("washington dc", "DC");
    CODES.put("d.c.", "DC");
  }

  private States() {}

  /** The USPS code for "MA", "ma", "Massachusetts" or "massachusetts". */
  static Optional<String> code(String text) {
    String t = text.trim();
    if (t.length() == 2 && NAMES.containsKey(t.toUpperCase(Locale.ROOT))) {
      return Optional.of(t.toUpperCase(Locale.ROOT));
    }
    return Optional.ofNullable(CODES.get(t.toLowerCase(Locale.ROOT)));
  }
}
