package dev.weather.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Static files go out whole: they are a few KB each, so byte ranges would save nothing, and
 * Spring's resource handler answers a range past the end with a 416 that keeps the file's year-long
 * caching, and a non-matching {@code If-Range} with a part all the same. A server may ignore {@code
 * Range} (RFC 9110, 14.2); this one does, and says so by not offering {@code Accept-Ranges}.
 */
@Component
class WholeFiles extends OncePerRequestFilter {

  private static final Set<String> RANGE_HEADERS = Set.of("range", "if-range");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/assets/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new WithoutRanges(request), new NoRangesOffered(response));
  }

  private static boolean range(String header) {
    return RANGE_HEADERS.contains(header.toLowerCase(Locale.ROOT));
  }

  private static final class WithoutRanges extends HttpServletRequestWrapper {

    WithoutRanges(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getHeader(String name) {
      return range(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return range(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      return Collections.enumeration(
          Collections.list(super.getHeaderNames()).stream().filter(name -> !range(name)).toList());
    }
  }

  private static final class NoRangesOffered extends HttpServletResponseWrapper {

    NoRangesOffered(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!HttpHeaders.ACCEPT_RANGES.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!HttpHeaders.ACCEPT_RANGES.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
