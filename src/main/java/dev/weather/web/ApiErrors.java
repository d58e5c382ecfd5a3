package dev.weather.web;

import dev.weather.place.InvalidPlaceQueryException;
import dev.weather.report.CacheProperties;
import dev.weather.report.RunNotFoundException;
import dev.weather.report.RunOutdatedException;
import dev.weather.workflow.ForecastException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failure of the JSON API, as {@code application/problem+json} with the same status and words as
 * the page.
 */
@RestControllerAdvice(assignableTypes = ForecastApiController.class)
class ApiErrors {

  private final CacheProperties cache;
  private final RunLinks links;
  private final Explanations explanations;

  ApiErrors(CacheProperties cache, RunLinks links, Explanations explanations) {
    this.cache = cache;
    this.links = links;
    this.explanations = explanations;
  }

  /** 429, and when to ask again. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
        .body(Failure.tooManySuggestions(e.perSecond(), e.retryAfterSeconds()).problem());
  }

  /** An outdated run's address leads, 303 See Other, to the place's forecast. */
  @ExceptionHandler
  ResponseEntity<Void> outdatedRun(RunOutdatedException e) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create(links.placeApi(e.key())))
        .build();
  }

  @ExceptionHandler({InvalidLocationException.class, InvalidPlaceQueryException.class})
  ProblemDetail invalidLocation(RuntimeException e) {
    return Failure.invalid(e).problem();
  }

  /**
   * 404 with close matches, or 300 with the places to choose from, each with the query that finds
   * it.
   */
  @ExceptionHandler
  ProblemDetail noSinglePlace(PlaceNotFoundException e) {
    ProblemDetail problem = Failure.of(e).problem();
    problem.setProperty(
        e.ambiguous() ? "choices" : "closeMatches",
        e.places().stream().map(Suggestion::of).toList());
    return problem;
  }

  /**
   * A 503 says when asking again can help: after the failure backoff, during which the place rests.
   */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> noForecast(ForecastException e) {
    Failure failure = explanations.of(e);
    ResponseEntity.BodyBuilder response = ResponseEntity.status(failure.status());
    if (failure.status() == HttpStatus.SERVICE_UNAVAILABLE) {
      response.header(
          HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, cache.failureBackoff().toSeconds())));
    }
    return response.body(failure.problem());
  }

  @ExceptionHandler
  ProblemDetail noSuchRun(RunNotFoundException e) {
    return Failure.runNotFound().problem();
  }
}
