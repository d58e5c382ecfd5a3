package dev.weather.web;

import dev.weather.place.InvalidPlaceQueryException;
import dev.weather.place.PlaceQuery;
import dev.weather.report.RunNotFoundException;
import dev.weather.report.RunOutdatedException;
import dev.weather.workflow.ForecastException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Failure of the pages, rendered as the app's own error page with the right status. */
@ControllerAdvice(assignableTypes = {WeatherController.class, DiscussionController.class})
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
  ModelAndView invalidLocation(RuntimeException e, HttpServletRequest request) {
    return typed(Failure.invalid(e).page(), request);
  }

  @ExceptionHandler
  ModelAndView noForecast(ForecastException e, HttpServletRequest request) {
    return typed(explanations.of(e).page(), request);
  }

  @ExceptionHandler
  ModelAndView noSuchRun(RunNotFoundException e) {
    return Failure.runNotFound().page();
  }

  /**
   * What the person typed stays in the search box, to correct it rather than type it again (escaped
   * as ever).
   */
  private static ModelAndView typed(ModelAndView page, HttpServletRequest request) {
    String q = request.getParameter("q");
    return page.addObject("query", q == null || q.length() > PlaceQuery.MAX_LENGTH ? null : q);
  }
}
