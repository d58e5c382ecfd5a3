package dev.weather.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that reach the error page's address (an unknown address, a method or media type the app
 * does not serve): the app's error page for browsers, {@code application/problem+json} for everyone
 * else, whatever they accept. Replaces Spring Boot's, which answers its own JSON or nothing at all
 * (for {@code Accept: image/png}), and a 500 ("status 999") when the address is asked for directly.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorResponses implements ErrorController {

  private static final List<MediaType> PAGES =
      List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

  @RequestMapping
  Object error(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      // An answer already on its way failed (NonBlockingWrites: a client too slow to take it):
      // nothing more to say,
      // and Tomcat closes the connection.
      return null;
    }
    // An error is never kept (a static file's year-long caching set before it failed would stay),
    // and its body
    // depends on what the client accepts.
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    // Asked for directly (in any spelling: /error;x, /%65rror), there is no error: the address is
    // not a page.
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Failure failure = Failure.ofStatus(code instanceof Integer status ? status : 404);
    if (wantsPage(request.getHeader(HttpHeaders.ACCEPT))) {
      return failure.page();
    }
    ProblemDetail problem = failure.problem();
    // The address asked for (as sent, still encoded), not the error page's own.
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
      try {
        problem.setInstance(new URI(path));
      } catch (URISyntaxException e) {
        // Left out: what Tomcat accepted in a path is not always a URI.
      }
    }
    return ResponseEntity.status(failure.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /**
   * Browsers name HTML in what they accept; a client that accepts anything (curl's {@code *}{@code
   * /*}) gets JSON.
   */
  private static boolean wantsPage(String accept) {
    if (accept == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(
              type ->
                  type.getQualityValue() > 0
                      && PAGES.stream().anyMatch(page -> page.equalsTypeAndSubtype(type)));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
