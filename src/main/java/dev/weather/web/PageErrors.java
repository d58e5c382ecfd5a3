package dev.weather.web;

import dev.weather.place.InvalidPlaceQueryException;
import dev.weather.report.RunNotFoundException;
import dev.weather.report.RunOutdatedException;
import dev.weather.workflow.ForecastException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Failures of the pages, rendered as the app's own error page with the right status. */
@ControllerAdvice(assignableTypes = WeatherController.class)
class PageErrors {

  static final String ERROR_VIEW = "error";

  private final RunLinks links;

  PageErrors(RunLinks links) {
    this.links = links;
  }

  /** An outdated run's address leads to the place's page, with its current forecast. */
  @ExceptionHandler
  ModelAndView outdatedRun(RunOutdatedException e) {
    return new ModelAndView("redirect:" + links.placePage(e.key()));
  }

  @ExceptionHandler({InvalidLocationException.class, InvalidPlaceQueryException.class})
  ModelAndView invalidLocation(RuntimeException e) {
    return page(Failures.invalid(e));
  }

  @ExceptionHandler
  ModelAndView noForecast(ForecastException e) {
    return page(Failures.of(e));
  }

  @ExceptionHandler
  ModelAndView noSuchRun(RunNotFoundException e) {
    return page(Failures.runNotFound());
  }

  private static ModelAndView page(Failures failure) {
    ModelAndView page = new ModelAndView(ERROR_VIEW, failure.status());
    page.addObject("status", failure.status().value());
    page.addObject("title", failure.title());
    page.addObject("message", failure.message());
    page.addObject("correlationId", failure.correlationId());
    return page;
  }
}
