package dev.weather.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * What the app keeps in a person's browser (units, recent places): for a year, for the whole site,
 * never readable by scripts, not sent along from other sites' pages, and sent back over HTTPS only
 * when the page came over HTTPS.
 */
final class KeptCookie {

  private KeptCookie() {}

  static void set(
      String name, String value, HttpServletRequest request, HttpServletResponse response) {
    response.addHeader(
        HttpHeaders.SET_COOKIE,
        ResponseCookie.from(name, value)
            .path("/")
            .maxAge(Duration.ofDays(365))
            .sameSite("Lax")
            .httpOnly(true)
            .secure(request.isSecure())
            .build()
            .toString());
  }
}
