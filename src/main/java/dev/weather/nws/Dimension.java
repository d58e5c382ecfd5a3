package dev.weather.nws;

import dev.weather.forecast.Units;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * What NWS measures, each in the one unit the app computes in, and the unit codes NWS writes for
 * it. NWS's codes are as a rule SI ({@code wmoUnit:degC}), in older answers {@code unit:degC} or
 * even {@code unit:degF}: the prefix is ignored, the case too. A code not listed here has no
 * conversion, and its value is left out, never guessed.
 */
enum Dimension {
  /** In °C. */
  TEMPERATURE {
    @Override
    DoubleUnaryOperator from(String unit) {
      return switch (unit) {
        case "degc" -> c -> c;
        case "degf" -> f -> (f - 32) / 1.8;
        case "k" -> k -> k - 273.15;
        default -> null;
      };
    }
  },
  /** In km/h. */
  SPEED {
    @Override
    DoubleUnaryOperator from(String unit) {
      return switch (unit) {
        case "km_h-1" -> kmh -> kmh;
        case "m_s-1" -> ms -> ms * 3.6;
        case "kn", "[kn_i]" -> kn -> kn * 1.852;
        case "[mi_i]_h-1", "mi_h-1", "mph" -> mph -> mph * Units.KM_PER_MILE;
        default -> null;
      };
    }
  },
  /** In pascals. */
  PRESSURE {
    @Override
    DoubleUnaryOperator from(String unit) {
      return switch (unit) {
        case "pa" -> pa -> pa;
        case "hpa", "mbar" -> hpa -> hpa * 100;
        case "kpa" -> kpa -> kpa * 1000;
        case "[in_i'hg]" -> inHg -> inHg * Units.PASCALS_PER_INCH_HG;
        default -> null;
      };
    }
  },
  /** A distance, in metres: how far one can see. */
  DISTANCE {
    @Override
    DoubleUnaryOperator from(String unit) {
      return switch (unit) {
        case "m" -> m -> m;
        case "km" -> km -> km * 1000;
        case "[mi_i]", "mi" -> mi -> mi * Units.KM_PER_MILE * 1000;
        case "[ft_i]", "ft" -> ft -> ft * 0.3048;
        default -> null;
      };
    }
  },
  /**
   * A depth of rain, snow or ice, in millimetres: its own dimension, so that millimetres are never
   * taken through metres and back (0.254 mm would not come back as 0.254).
   */
  DEPTH {
    @Override
    DoubleUnaryOperator from(String unit) {
      return switch (unit) {
        case "mm" -> mm -> mm;
        case "cm" -> cm -> cm * 10;
        case "m" -> m -> m * 1000;
        case "[in_i]", "in" -> in -> in * 25.4;
        default -> null;
      };
    }
  },
  PERCENT {
    @Override
    DoubleUnaryOperator from(String unit) {
      return unit.equals("percent") ? p -> p : null;
    }
  },
  /** Degrees clockwise from north. */
  ANGLE {
    @Override
    DoubleUnaryOperator from(String unit) {
      return unit.equals("degree_(angle)") ? d -> d : null;
    }
  };

  /**
   * The conversion from the unit {@code unit} (a {@link #key}) to this dimension's; null if none.
   */
  abstract DoubleUnaryOperator from(String unit);

  /** The conversion from NWS's {@code unitCode} to this dimension's unit; null if none. */
  final DoubleUnaryOperator converter(String unitCode) {
    return from(key(unitCode));
  }

  /** "degc" from "wmoUnit:degC", "unit:degC" or "degC"; "" from null. */
  static String key(String unitCode) {
    String code = unitCode == null ? "" : unitCode.strip();
    return code.substring(code.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
  }
}
