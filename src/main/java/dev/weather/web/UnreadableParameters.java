package dev.weather.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query that does not decode (such as {@code ?q=%FF}, not UTF-8) is a 400 with the app's error
 * page and one log line. Left to the servlet container, the same 400 costs an ERROR with some 65
 * lines of stack trace per request: an easy way to flood the logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableParameters extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(UnreadableParameters.class);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      request.getParameterMap();
    } catch (IllegalStateException e) {
      // Tomcat's InvalidParameterException: the parameters could not be decoded.
      log.warn(
          "Unreadable parameters on {}: {}",
          LogText.cap(request.getRequestURI()),
          LogText.cap(request.getQueryString()));
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }
}
