package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import dev.weather.place.Place;
import dev.weather.workflow.ForecastException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one mapping from failures to a status and sentences, as the page and the JSON API both say
 * them.
 */
class FailureTest {

  private static final Location NORTON = Location.of(new Coordinates(41.967, -71.189));
  private static final NwsProblem EXPIRED =
      new NwsProblem(
          503,
          "https://api.weather.gov/problems/ForecastGridExpired",
          "Forecast Grid Expired",
          "The grid has expired.",
          "257ad490");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      404 | 404 | There is no page here       | Check the address, or start again from the search page.
      405 | 405 | That request is not valid   | This app cannot answer that request (Method Not Allowed). Check the address, or start again from the search page.
      500 | 500 | Something went wrong        | This app could not answer. Try again shortly, or start again from the search page.
      503 | 503 | Something went wrong        | This app could not answer. Try again shortly, or start again from the search page.
      200 | 500 | Something went wrong        | This app could not answer. Try again shortly, or start again from the search page.
      999 | 500 | Something went wrong        | This app could not answer. Try again shortly, or start again from the search page.
      """)
  void saysWhatAnErrorRaisedOutsideTheAppMeansByItsStatusAlone(
      int code, int status, String title, String message) {
    assertThat(Failure.ofStatus(code))
        .isEqualTo(new Failure(HttpStatus.valueOf(status), title, message, null));
  }

  @Test
  void namesThePlaceThatIsNotFoundOrHasSeveralNamesakes() {
    List<Place> none = List.of();

    assertThat(Failure.of(new PlaceNotFoundException("Bostn", none, false)))
        .isEqualTo(
            new Failure(
                HttpStatus.NOT_FOUND,
                "No such place",
                "There is no US city, town or ZIP code called Bostn.",
                null));
    assertThat(Failure.of(new PlaceNotFoundException("Springfield", none, true)))
        .isEqualTo(
            new Failure(
                HttpStatus.MULTIPLE_CHOICES,
                "Several places have that name",
                "There are several places called Springfield; choose one.",
                null));
  }

  @Test
  void tellsEachNwsVerdictWithTheCorrelationIdToQuote() {
    assertThat(Failure.of(failure(NwsFault.UNAVAILABLE, NORTON, EXPIRED)))
        .isEqualTo(
            new Failure(
                HttpStatus.SERVICE_UNAVAILABLE,
                "The National Weather Service is not answering",
                "The National Weather Service is not answering, try again shortly.",
                "257ad490"));
    assertThat(Failure.of(failure(NwsFault.REJECTED, NORTON, EXPIRED)))
        .isEqualTo(
            new Failure(
                HttpStatus.BAD_GATEWAY,
                "The National Weather Service refused the request",
                "The National Weather Service could not answer this request: Forecast Grid Expired.",
                "257ad490"));
    assertThat(Failure.of(failure(NwsFault.MALFORMED, NORTON, EXPIRED)))
        .isEqualTo(
            new Failure(
                HttpStatus.BAD_GATEWAY,
                "The National Weather Service sent an answer this app cannot use",
                "The National Weather Service answered, but not with a forecast this app can read (The grid has expired.).",
                "257ad490"));
    assertThat(Failure.of(failure(NwsFault.MISDIRECTED, NORTON, EXPIRED)))
        .as("a redirect elsewhere is an answer this app cannot use")
        .isEqualTo(Failure.of(failure(NwsFault.MALFORMED, NORTON, EXPIRED)));
  }

  @Test
  void saysLessWhenNwsSaidNothing() {
    NwsProblem untitled = new NwsProblem(400, "", null, null, null);

    assertThat(Failure.of(failure(NwsFault.REJECTED, NORTON, null)).message())
        .isEqualTo("The National Weather Service could not answer this request.");
    assertThat(Failure.of(failure(NwsFault.REJECTED, NORTON, untitled)).message())
        .isEqualTo("The National Weather Service could not answer this request.");
    assertThat(Failure.of(failure(NwsFault.MALFORMED, NORTON, untitled)).message())
        .isEqualTo(
            "The National Weather Service answered, but not with a forecast this app can read.");
    assertThat(Failure.of(failure(NwsFault.MALFORMED, NORTON, null)).correlationId()).isNull();
  }

  @Test
  void tellsAPointOutsideCoverageFromAGridCellWithoutALandForecast() {
    Failure point = Failure.of(failure(NwsFault.NOT_FOUND, NORTON, null));
    Failure grid =
        Failure.of(failure(NwsFault.NOT_FOUND, Location.of(new GridPoint("BOX", 1, 1)), null));

    assertThat(point.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(point.title()).isEqualTo("No forecast for this place");
    assertThat(point.message())
        .startsWith("The National Weather Service has no forecast for this point.");
    assertThat(grid.message())
        .startsWith("The National Weather Service has no land forecast for this grid cell.");
  }

  @Test
  void givesTheSameWordsAsAPageAndAsProblemJson() {
    Failure failure = Failure.of(failure(NwsFault.UNAVAILABLE, NORTON, EXPIRED));

    ModelAndView page = failure.page();
    assertThat(page.getViewName()).isEqualTo(Failure.ERROR_VIEW);
    assertThat(page.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(page.getModel())
        .containsEntry("status", 503)
        .containsEntry("title", failure.title())
        .containsEntry("message", failure.message())
        .containsEntry("correlationId", "257ad490");

    ProblemDetail problem = failure.problem();
    assertThat(problem.getStatus()).isEqualTo(503);
    assertThat(problem.getTitle()).isEqualTo(failure.title());
    assertThat(problem.getDetail()).isEqualTo(failure.message());
    assertThat(problem.getProperties()).containsEntry("correlationId", "257ad490");
    assertThat(Failure.runNotFound().problem().getProperties())
        .as("no correlation id to quote")
        .isNullOrEmpty();
  }

  private static ForecastException failure(NwsFault reason, Location location, NwsProblem problem) {
    return new ForecastException(reason, location, problem, null);
  }
}
