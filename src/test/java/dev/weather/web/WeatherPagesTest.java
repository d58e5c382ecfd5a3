package dev.weather.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsProblem;
import dev.weather.workflow.ForecastException;
import dev.weather.workflow.ForecastException.Reason;
import dev.weather.workflow.ForecastService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({WeatherController.class, ForecastApiController.class})
@EnableConfigurationProperties(DefaultLocation.class)
class WeatherPagesTest {

  private static final Location SEATTLE = Location.of(new Coordinates(47.6062, -122.3321));
  private static final NwsProblem EXPIRED =
      new NwsProblem(503, "https://api.weather.gov/problems/ForecastGridExpired", "Forecast Grid Expired", "", "257ad490");

  @Autowired private MockMvc mvc;
  @MockitoBean private ForecastService forecasts;

  @Test
  void indexOffersAFormAndSamplePlaces() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(view().name(WeatherController.INDEX_VIEW))
        .andExpect(content().string(allOf(containsString("name=\"lat\""), containsString("Norton, MA"))));
  }

  @Test
  void showsTheDefaultPlaceWhenAskedForNone() throws Exception {
    when(forecasts.forecast(SEATTLE)).thenReturn(Forecasts.seattle());

    mvc.perform(get("/weather"))
        .andExpect(status().isOk())
        .andExpect(view().name(WeatherController.WEATHER_VIEW))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h1>Seattle, WA</h1>"),
                        containsString("Tonight"),
                        containsString("43 °F"),
                        containsString("S 7 mph"),
                        containsString("70%"),
                        containsString("not given"),
                        containsString("Tue Mar 10, 6:00 PM"),
                        containsString("Pacific Time"))));
  }

  @Test
  void showsAnyPointAndAnyGrid() throws Exception {
    when(forecasts.forecast(any())).thenReturn(Forecasts.seattle());

    mvc.perform(get("/weather").param("lat", "41.967").param("lon", "-71.189")).andExpect(status().isOk());
    mvc.perform(get("/weather").param("office", "sew").param("gridX", "124").param("gridY", "67"))
        .andExpect(status().isOk());

    verify(forecasts).forecast(Location.of(new Coordinates(41.967, -71.189)));
    verify(forecasts).forecast(Location.of(new GridPoint("SEW", 124, 67)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lat=abc&lon=1           | latitude (lat) must be a number",
        "lat=95&lon=1            | latitude (lat) must be between -90 and 90",
        "lat=45&lon=-190         | longitude (lon) must be between -180 and 180",
        "lat=45                  | longitude (lon) is missing",
        "lat=NaN&lon=1           | latitude (lat) must be a number",
        "office=SEW&gridX=1      | gridY must be a whole number",
        "office=S1&gridX=1&gridY=2 | office must be a three-letter",
        "lat=1&lon=1&office=SEW  | not both"
      })
  void rejectsBadInputWithAReadableMessage(String query, String message) throws Exception {
    mvc.perform(get("/weather?" + query))
        .andExpect(status().isBadRequest())
        .andExpect(view().name(PageErrors.ERROR_VIEW))
        .andExpect(content().string(allOf(containsString(message), not(containsString("Exception")))));
    verifyNoInteractions(forecasts);
  }

  @Test
  void neverReflectsMarkupFromTheQuery() throws Exception {
    mvc.perform(get("/weather").param("lat", "<script>alert(1)</script>").param("lon", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(not(containsString("<script>"))));
  }

  @Test
  void saysWhereNwsHasForecastsWhenThePointIsNotCovered() throws Exception {
    Location london = Location.of(new Coordinates(51.5074, -0.1278));
    when(forecasts.forecast(london))
        .thenThrow(new ForecastException(Reason.NOT_COVERED, london, null, null));

    mvc.perform(get("/weather").param("lat", "51.5074").param("lon", "-0.1278"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("covers the United States and its territories")));
  }

  @Test
  void asksToTryAgainWithTheCorrelationIdWhenNwsIsNotAnswering() throws Exception {
    when(forecasts.forecast(SEATTLE))
        .thenThrow(new ForecastException(Reason.UNAVAILABLE, SEATTLE, EXPIRED, null));

    mvc.perform(get("/weather"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("The National Weather Service is not answering, try again shortly."),
                        containsString("257ad490"))));
  }

  @Test
  void apiAnswersTheForecastAsJson() throws Exception {
    when(forecasts.forecast(SEATTLE)).thenReturn(Forecasts.seattle());

    mvc.perform(get("/api/forecast"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.label").value("Seattle, WA"))
        .andExpect(jsonPath("$.grid.office").value("SEW"))
        .andExpect(jsonPath("$.timeZone").value("America/Los_Angeles"))
        .andExpect(jsonPath("$.periods[0].isDaytime").value(false))
        .andExpect(jsonPath("$.periods[0].startTime").value("2026-03-10T18:00:00-07:00"))
        .andExpect(jsonPath("$.periods[1].probabilityOfPrecipitation").isEmpty());
  }

  @Test
  void apiAnswersProblemJsonWithTheSameStatuses() throws Exception {
    when(forecasts.forecast(SEATTLE))
        .thenThrow(new ForecastException(Reason.UNAVAILABLE, SEATTLE, EXPIRED, null));

    mvc.perform(get("/api/forecast").param("lat", "x").param("lon", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("latitude (lat) must be a number")));
    mvc.perform(get("/api/forecast"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.correlationId").value("257ad490"));
  }
}
