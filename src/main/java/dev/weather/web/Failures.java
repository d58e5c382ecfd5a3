package dev.weather.web;

import dev.weather.forecast.NwsProblem;
import dev.weather.workflow.ForecastException;
import org.springframework.http.HttpStatus;

/**
 * What a person is told when there is no forecast: the one mapping from failures to a status and plain sentences,
 * shared by the page and the JSON API so they always agree.
 */
record Failures(HttpStatus status, String title, String message, String correlationId) {

  /** Input we cannot read: a bad parameter, or a search that cannot name a place. */
  static Failures invalid(RuntimeException e) {
    return new Failures(HttpStatus.BAD_REQUEST, "That location is not valid", e.getMessage(), null);
  }

  static Failures of(PlaceNotFoundException e) {
    return e.ambiguous()
        ? new Failures(HttpStatus.MULTIPLE_CHOICES, "Several places have that name",
            "There are several places called " + e.query() + "; choose one.", null)
        : new Failures(HttpStatus.NOT_FOUND, "No such place",
            "There is no place called " + e.query() + " in the US gazetteer.", null);
  }

  static Failures runNotFound() {
    return new Failures(HttpStatus.NOT_FOUND, "No such forecast run",
        "This app knows no forecast run at this address: it may have been forgotten when the app restarted."
            + " Search for the place again to fetch its forecast.", null);
  }

  static Failures of(ForecastException e) {
    NwsProblem problem = e.problem();
    String correlationId = problem == null ? null : problem.correlationId();
    return switch (e.reason()) {
      case NOT_COVERED ->
          new Failures(
              HttpStatus.NOT_FOUND,
              "No forecast for this place",
              e.location().point() != null
                  ? "The National Weather Service has no forecast for this point. It covers the United States and"
                      + " its territories; pick a place there."
                  : "The National Weather Service has no land forecast for this grid cell. Check the office and"
                      + " grid numbers, or search by latitude and longitude.",
              correlationId);
      case REJECTED ->
          new Failures(
              HttpStatus.BAD_GATEWAY,
              "The National Weather Service refused the request",
              "The National Weather Service could not answer this request"
                  + (problem == null || problem.title() == null ? "." : ": " + problem.title() + "."),
              correlationId);
      case MALFORMED ->
          new Failures(
              HttpStatus.BAD_GATEWAY,
              "The National Weather Service sent an answer this app cannot use",
              "The National Weather Service answered, but not with a forecast this app can read"
                  + (problem == null || problem.detail() == null ? "." : " (" + problem.detail() + ")."),
              correlationId);
      case UNAVAILABLE ->
          new Failures(
              HttpStatus.SERVICE_UNAVAILABLE,
              "The National Weather Service is not answering",
              "The National Weather Service is not answering, try again shortly.",
              correlationId);
    };
  }
}
