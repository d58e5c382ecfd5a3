package dev.weather.demo;

/**
 * How the air feels, by the formulas NWS uses: humidity from the dew point, wind chill and heat
 * index.
 */
final class Comfort {

  private Comfort() {}

  /**
   * Relative humidity (%) from temperature and dew point (°C), by the Magnus formula (Alduchov and
   * Eskridge's constants).
   */
  static double humidity(double celsius, double dewpointCelsius) {
    return 100 * Math.exp(magnus(dewpointCelsius) - magnus(celsius));
  }

  private static double magnus(double celsius) {
    return 17.625 * celsius / (243.04 + celsius);
  }

  /**
   * Wind chill (°F) by NWS's formula where it applies, at 50 °F or less with wind over 3 mph; else
   * null.
   */
  static Double windChill(double fahrenheit, double mph) {
    if (fahrenheit > 50 || mph <= 3) {
      return null;
    }
    double wind = Math.pow(mph, 0.16);
    return 35.74 + 0.6215 * fahrenheit - 35.75 * wind + 0.4275 * fahrenheit * wind;
  }

  /**
   * Heat index (°F) from 80 °F, by NWS's algorithm: Steadman's simple formula, or where that
   * reaches 80 °F Rothfusz's regression with its adjustments for dry and for humid air; null below
   * 80 °F.
   */
  static Double heatIndex(double fahrenheit, double humidity) {
    if (fahrenheit < 80) {
      return null;
    }
    double t = fahrenheit;
    double rh = humidity;
    double simple = 0.5 * (t + 61 + (t - 68) * 1.2 + rh * 0.094);
    if ((simple + t) / 2 < 80) {
      return simple;
    }
    double index =
        -42.379
            + 2.04901523 * t
            + 10.14333127 * rh
            - 0.22475541 * t * rh
            - 0.00683783 * t * t
            - 0.05481717 * rh * rh
            + 0.00122874 * t * t * rh
            + 0.00085282 * t * rh * rh
            - 0.00000199 * t * t * rh * rh;
    if (rh < 13 && t <= 112) {
      index -= (13 - rh) / 4 * Math.sqrt((17 - Math.abs(t - 95)) / 17);
    } else if (rh > 85 && t <= 87) {
      index += (rh - 85) / 10 * (87 - t) / 5;
    }
    return index;
  }
}
