package dev.weather.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Request parameters bind only to the constructor parameters of the records they fill ({@link
 * WeatherParams}). Without this, a crafted name such as {@code q.x} or {@code units.foo} is taken
 * for a nested property and fails binding with a 500; now it is ignored like any other unknown
 * parameter.
 */
@ControllerAdvice(
    assignableTypes = {
      WeatherController.class,
      ForecastApiController.class,
      DiscussionController.class,
      WatchController.class,
      WatchApiController.class
    })
class ParamBinding {

  @InitBinder
  void constructorOnly(WebDataBinder binder) {
    binder.setDeclarativeBinding(true);
  }
}
