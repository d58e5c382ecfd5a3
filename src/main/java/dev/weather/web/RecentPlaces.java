package dev.weather.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The last places a person looked at, newest first, as the queries that find them again ("Boston,
 * MA", "02134", "41.967, -71.189"). Kept in their browser, in a cookie, not on the server; what
 * comes back in it is only ever printed escaped and searched for like anything typed in the search
 * box.
 */
final class RecentPlaces {

  static final String NAME = "recent";
  static final int KEEP = 5;
  private static final int LONGEST = 100;
  private static final String SEPARATOR = "|";

  private RecentPlaces() {}

  /**
   * The places in the request's cookie, read as sent (Spring's {@code @CookieValue} would decode it
   * once already).
   */
  static List<String> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? List.of()
        : Arrays.stream(cookies)
            .filter(c -> NAME.equals(c.getName()))
            .findFirst()
            .map(c -> read(c.getValue()))
            .orElse(List.of());
  }

  static List<String> read(String cookie) {
    if (cookie == null || cookie.isBlank()) {
      return List.of();
    }
    try {
      return Arrays.stream(URLDecoder.decode(cookie, StandardCharsets.UTF_8).split("\\|"))
          .map(String::strip)
          .filter(q -> !q.isEmpty() && q.length() <= LONGEST)
          .distinct()
          .limit(KEEP)
          .toList();
    } catch (IllegalArgumentException notOurs) {
      return List.of();
    }
  }

  /** Puts {@code query} first, drops the oldest beyond five. */
  static void remember(String query, HttpServletRequest request, HttpServletResponse response) {
    String latest = query.strip();
    List<String> recent = new ArrayList<>(List.of(latest));
    read(request).stream()
        .filter(q -> !q.equalsIgnoreCase(latest))
        .limit(KEEP - 1)
        .forEach(recent::add);
    KeptCookie.set(
        NAME,
        URLEncoder.encode(String.join(SEPARATOR, recent), StandardCharsets.UTF_8),
        request,
        response);
  }
}
