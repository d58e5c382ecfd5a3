package dev.weather.web;

import dev.weather.forecast.Units;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * The units a person chose: from the URL when given there (and then remembered in a cookie, sent
 * back over HTTPS only when the page came over HTTPS), else the cookie's.
 */
final class UnitsCookie {

  static final String NAME = "units";

  private UnitsCookie() {}

  static Units choose(
      WeatherParams params,
      String cookie,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<Units> asked = params.askedUnits();
    asked.ifPresent(units -> KeptCookie.set(NAME, units.code(), request, response));
    return asked.or(() -> Units.of(cookie)).orElse(Units.US);
  }
}
