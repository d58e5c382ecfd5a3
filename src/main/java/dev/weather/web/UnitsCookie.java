package dev.weather.web;

import dev.weather.forecast.Units;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The units a person chose: from the URL when given there (and then remembered in a cookie, sent back over HTTPS only
 * when the page came over HTTPS), else the cookie's.
 */
final class UnitsCookie {

  static final String NAME = "units";

  private UnitsCookie() {}

  static Units choose(WeatherParams params, String cookie, HttpServletRequest request, HttpServletResponse response) {
    Optional<Units> asked = params.askedUnits();
    asked.ifPresent(
        units ->
            response.addHeader(
                HttpHeaders.SET_COOKIE,
                ResponseCookie.from(NAME, units.code())
                    .path("/")
                    .maxAge(Duration.ofDays(365))
                    .sameSite("Lax")
                    .httpOnly(true)
                    .secure(request.isSecure())
                    .build()
                    .toString()));
    return asked.or(() -> Units.of(cookie)).orElse(Units.US);
  }
}
