package dev.weather.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request in HTTP/0.9 form ({@code GET /}, no version) is not answered: Tomcat would send the
 * page as it is, with no status and no headers at all, so none of the security headers; no client
 * of this century sends one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Http09Refused extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String protocol = request.getProtocol();
    if (protocol == null || !protocol.startsWith("HTTP/") || protocol.equals("HTTP/0.9")) {
      return;
    }
    chain.doFilter(request, response);
  }
}
