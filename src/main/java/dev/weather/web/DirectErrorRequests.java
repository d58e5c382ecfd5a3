package dev.weather.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page's own address asked for directly is not a page: it answers 404 (through the app's error page),
 * where Spring Boot would answer 500 for an error that never happened.
 */
@Component
class DirectErrorRequests extends OncePerRequestFilter {

  private final String errorPath;

  DirectErrorRequests(@Value("${server.error.path:/error}") String errorPath) {
    this.errorPath = errorPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (errorPath.equals(request.getRequestURI())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
