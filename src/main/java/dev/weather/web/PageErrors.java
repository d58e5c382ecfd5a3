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

  private final RunLinks links;
  private final Explanations explanations;

  PageErrors(RunLinks links, Explanations explanations) {
    this.links = links;
    this.explanations = explanations;
  }

  /** An outdated run's address leads to the place's page, with its current forecast. */
  @ExceptionHandler
  ModelAndView outdatedRun(RunOutdatedException e) {
    return new ModelAndView("redirect:" + links.placePage(e.key()));
  }

  @ExceptionHandler({InvalidLocationException.class, InvalidPlaceQueryException.class})
  ModelAndView invalidLocation(RuntimeException e) {
    return Failures.invalid(e).page();
  }

  @ExceptionHandler
  ModelAndView noForecast(ForecastException e) {
    return explanations.of(e).page();
  }

  @ExceptionHandler
  ModelAndView noSuchRun(RunNotFoundException e) {
    return Failures.runNotFound().page();
  }
}
