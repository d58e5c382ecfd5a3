package dev.weather.web;

import dev.weather.place.InvalidPlaceQueryException;
import dev.weather.report.RunNotFoundException;
import dev.weather.workflow.ForecastException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Failures of the JSON API, as {@code application/problem+json} with the same status and words as the page. */
@RestControllerAdvice(assignableTypes = ForecastApiController.class)
class ApiErrors {

  @ExceptionHandler({InvalidLocationException.class, InvalidPlaceQueryException.class})
  ProblemDetail invalidLocation(RuntimeException e) {
    return problem(Failures.invalid(e));
  }

  /** 404 with close matches, or 300 with the places to choose from, each with the query that finds it. */
  @ExceptionHandler
  ProblemDetail noSinglePlace(PlaceNotFoundException e) {
    ProblemDetail problem = problem(Failures.of(e));
    problem.setProperty(
        e.ambiguous() ? "choices" : "closeMatches",
        e.places().stream().map(ForecastApiController.Suggestion::of).toList());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail noForecast(ForecastException e) {
    return problem(Failures.of(e));
  }

  @ExceptionHandler
  ProblemDetail noSuchRun(RunNotFoundException e) {
    return problem(Failures.runNotFound());
  }

  private static ProblemDetail problem(Failures failure) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(failure.status(), failure.message());
    problem.setTitle(failure.title());
    if (failure.correlationId() != null) {
      problem.setProperty("correlationId", failure.correlationId());
    }
    return problem;
  }
}
