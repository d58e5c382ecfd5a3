package dev.weather.web;

import dev.weather.workflow.ForecastException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Failures of the JSON API, as {@code application/problem+json} with the same status and words as the page. */
@RestControllerAdvice(assignableTypes = ForecastApiController.class)
class ApiErrors {

  @ExceptionHandler
  ProblemDetail invalidLocation(InvalidLocationException e) {
    return problem(Failures.of(e));
  }

  @ExceptionHandler
  ProblemDetail noForecast(ForecastException e) {
    return problem(Failures.of(e));
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
