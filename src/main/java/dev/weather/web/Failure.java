package dev.weather.web;

import dev.weather.forecast.NwsProblem;
import dev.weather.watch.WatchException;
import dev.weather.workflow.ForecastException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a person is told when there is no forecast: the one mapping from failures to a status and
 * plain sentences, shared by the page and the JSON API so they always agree.
 */
record Failure(
    HttpStatus status, String title, String message, String correlationId, String command) {

  Failure(HttpStatus status, String title, String message, String correlationId) {
    this(status, title, message, correlationId, null);
  }

  static final String ERROR_VIEW = "error";

  /** How to try the app offline (README, "Without internet: the demo"). */
  static final String DEMO_COMMAND = "./mvnw spring-boot:test-run";

  /**
   * An error raised outside the app's own handlers (an unknown address, a method or media type the
   * app does not serve, a request the container cannot read): only its status is known.
   */
  static Failure ofStatus(int code) {
    HttpStatus status = HttpStatus.resolve(code);
    if (status == null || !status.isError()) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    if (status == HttpStatus.NOT_FOUND) {
      return new Failure(
          status,
          "There is no page here",
          "Check the address, or start again from the search page.",
          null);
    }
    return status.is4xxClientError()
        ? new Failure(
            status,
            "That request is not valid",
            "This app cannot answer that request ("
                + status.getReasonPhrase()
                + ")."
                + " Check the address, or start again from the search page.",
            null)
        : new Failure(
            status,
            "Something went wrong",
            "This app could not answer. Try again shortly, or start again from the search page.",
            null);
  }

  /** Why a watch cannot be had or found. */
  static Failure of(WatchException e) {
    return switch (e.reason()) {
      case NOT_FOUND ->
          new Failure(
              HttpStatus.NOT_FOUND,
              "There is no watch here",
              "No watch has this address. Check it, or start a watch from a place's forecast.",
              null);
      case BAD_DELIVERY, BAD_PLAN ->
          new Failure(HttpStatus.BAD_REQUEST, "That watch is not valid", e.getMessage(), null);
      case FULL ->
          new Failure(HttpStatus.TOO_MANY_REQUESTS, "No room for a watch", e.getMessage(), null);
      case UNAVAILABLE ->
          new Failure(
              HttpStatus.SERVICE_UNAVAILABLE, "Watches are not available", e.getMessage(), null);
    };
  }

  /** Input we cannot read: a bad parameter, or a search that cannot name a place. */
  static Failure invalid(RuntimeException e) {
    return new Failure(HttpStatus.BAD_REQUEST, "That location is not valid", e.getMessage(), null);
  }

  static Failure of(PlaceNotFoundException e) {
    return e.ambiguous()
        ? new Failure(
            HttpStatus.MULTIPLE_CHOICES,
            "Several places have that name",
            "There are several places called " + e.query() + "; choose one.",
            null)
        : new Failure(
            HttpStatus.NOT_FOUND,
            "No such place",
            "There is no US city, town or ZIP code called " + e.query() + ".",
            null);
  }

  static Failure tooManySuggestions(int perSecond, long retryAfterSeconds) {
    return new Failure(
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many requests",
        "This address asked for place suggestions more than "
            + perSecond
            + " times a second. Ask again in "
            + retryAfterSeconds
            + (retryAfterSeconds == 1 ? " second." : " seconds."),
        null);
  }

  static Failure runNotFound() {
    return new Failure(
        HttpStatus.NOT_FOUND,
        "No such forecast run",
        "This app knows no forecast run at this address. Temporal keeps a finished run only for a time (a day on"
            + " the app's own Temporal server), and the in-memory server forgets its runs when the app stops."
            + " Search for the place again to fetch its forecast.",
        null);
  }

  /** NWS has not answered once since the app started, and the last call could not connect. */
  static Failure unreachable(String host) {
    return new Failure(
        HttpStatus.SERVICE_UNAVAILABLE,
        "The National Weather Service cannot be reached",
        "This app has not reached the National Weather Service ("
            + host
            + ") since it started: this machine may be"
            + " offline, or a firewall may stop it. To try the app without internet, run the offline demo from the"
            + " project's source:",
        null,
        DEMO_COMMAND);
  }

  /** With the demo profile, a point none of its fixtures covers. */
  static Failure outsideDemo(String coverage) {
    return new Failure(
        HttpStatus.NOT_FOUND,
        "Outside the demo's coverage",
        "The demo profile plays the National Weather Service for places "
            + coverage
            + " only. Pick a place near"
            + " one of them, or run the app without the demo profile for forecasts across the US.",
        null);
  }

  static Failure of(ForecastException e) {
    NwsProblem problem = e.problem();
    String correlationId = problem == null ? null : problem.correlationId();
    return switch (e.fault()) {
      case NOT_FOUND ->
          new Failure(
              HttpStatus.NOT_FOUND,
              "No forecast for this place",
              e.location().point() != null
                  ? "The National Weather Service has no forecast for this point. It covers the United States and"
                      + " its territories; pick a place there."
                  : "The National Weather Service has no land forecast for this grid cell. Check the office and"
                      + " grid numbers, or search by latitude and longitude.",
              correlationId);
      case REJECTED ->
          new Failure(
              HttpStatus.BAD_GATEWAY,
              "The National Weather Service refused the request",
              "The National Weather Service could not answer this request"
                  + (problem == null || problem.title() == null
                      ? "."
                      : ": " + problem.title() + "."),
              correlationId);
      case MALFORMED, MISDIRECTED ->
          new Failure(
              HttpStatus.BAD_GATEWAY,
              "The National Weather Service sent an answer this app cannot use",
              "The National Weather Service answered, but not with a forecast this app can read"
                  + (problem == null || problem.detail() == null
                      ? "."
                      : " (" + problem.detail() + ")."),
              correlationId);
      case UNAVAILABLE ->
          new Failure(
              HttpStatus.SERVICE_UNAVAILABLE,
              "The National Weather Service is not answering",
              "The National Weather Service is not answering, try again shortly.",
              correlationId);
    };
  }

  /** The app's error page, with this status. */
  ModelAndView page() {
    ModelAndView page = new ModelAndView(ERROR_VIEW, status);
    page.addObject("status", status.value());
    page.addObject("title", title);
    page.addObject("message", message);
    page.addObject("correlationId", correlationId);
    page.addObject("command", command);
    return page;
  }

  /** The same words as {@code application/problem+json}. */
  ProblemDetail problem() {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            status, command == null ? message : message + " " + command);
    problem.setTitle(title);
    if (correlationId != null) {
      problem.setProperty("correlationId", correlationId);
    }
    return problem;
  }
}
