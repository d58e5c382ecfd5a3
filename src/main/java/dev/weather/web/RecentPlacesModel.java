package dev.weather.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page of the app shows the person's recent places under the search box. */
@ControllerAdvice(assignableTypes = WeatherController.class)
class RecentPlacesModel {

  @ModelAttribute("recent")
  List<String> recent(HttpServletRequest request) {
    return RecentPlaces.read(request);
  }
}
