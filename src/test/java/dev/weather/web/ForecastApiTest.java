package dev.weather.web;

import static dev.weather.web.view.Forecasts.EVENING;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.weather.forecast.Alert;
import dev.weather.forecast.Forecast;
import dev.weather.forecast.ForecastPeriod;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.place.Gazetteer;
import dev.weather.report.Answer;
import dev.weather.report.CacheProperties;
import dev.weather.report.Reports;
import dev.weather.report.RunOutdatedException;
import dev.weather.web.view.Forecasts;
import dev.weather.workflow.ForecastException;
import dev.weather.workflow.ReportKey;
import dev.weather.workflow.RunProgress;
import dev.weather.workflow.RunProgress.Status;
import dev.weather.workflow.RunProgress.Step;
import dev.weather.workflow.RunProgress.StepState;
import io.temporal.spring.boot.autoconfigure.properties.TemporalProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ForecastApiController.class)
@Import({
  PlaceLookup.class,
  Gazetteer.class,
  RunLinks.class,
  TestClock.class,
  Explanations.class,
  SuggestionLimit.class
})
@EnableConfigurationProperties({
  TemporalProperties.class,
  DefaultLocation.class,
  WebProperties.class,
  CacheProperties.class,
  DemoCoverage.class
})
class ForecastApiTest {

  @Autowired private MockMvc mvc;
  @MockitoBean private Reports reports;

  @BeforeEach
  void everyPlaceHasWeather() {
    when(reports.answerWithin(any(), any()))
        .thenAnswer(call -> Forecasts.shown(call.getArgument(0), Set.of(Part.ALERTS)));
  }

  @Test
  void answersTheWholeReportAsJson() throws Exception {
    AsyncMvc.perform(mvc, get("/api/forecast").param("q", "Boston, MA").param("units", "si"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.place.name").value("Boston"))
        .andExpect(jsonPath("$.place.state").value("MA"))
        .andExpect(jsonPath("$.units").value("SI"))
        .andExpect(jsonPath("$.forecast.grid.office").value("SEW"))
        .andExpect(jsonPath("$.forecast.timeZone").value("America/Los_Angeles"))
        .andExpect(jsonPath("$.forecast.periods[0].isDaytime").value(false))
        .andExpect(jsonPath("$.forecast.periods[0].startTime").value("2026-03-10T18:00:00-07:00"))
        .andExpect(jsonPath("$.forecast.periods[1].probabilityOfPrecipitation").isEmpty())
        .andExpect(jsonPath("$.hourly.length()").value(48))
        .andExpect(jsonPath("$.history.length()").value(24))
        .andExpect(jsonPath("$.history[0].observedAt").value("2026-03-10T01:53:00Z"))
        .andExpect(jsonPath("$.history[0].temperature.unit").value("°C"))
        .andExpect(jsonPath("$.history[20].windGust.value").value(40.2))
        .andExpect(jsonPath("$.alerts.length()").value(0))
        .andExpect(jsonPath("$.unavailable[0]").value("ALERTS"));
    verify(reports).answerWithin(argThat(key -> key.units() == Units.SI), any());
  }

  @Test
  void leavesOutWhatHasEndedByNow() throws Exception {
    WeatherReport kept = Forecasts.report(Units.US, Set.of());
    Alert ended =
        new Alert(
            "urn:oid:test.0",
            "Air Quality Alert",
            "Unknown",
            null,
            EVENING.minusHours(8),
            EVENING.minusHours(8),
            null,
            EVENING.minusHours(1),
            null,
            null,
            "NWS Seattle WA",
            "Seattle and Vicinity");
    List<Alert> alerts = List.of(ended, kept.alerts().get(0));
    ForecastPeriod over =
        new ForecastPeriod(
            0,
            "This Afternoon",
            EVENING.minusHours(6),
            EVENING,
            true,
            52,
            "F",
            "5 mph",
            "S",
            null,
            null,
            "Cloudy",
            "Cloudy.");
    List<ForecastPeriod> periods = new ArrayList<>(List.of(over));
    periods.addAll(kept.forecast().periods());
    Forecast f = kept.forecast();
    WeatherReport withEnded =
        new WeatherReport(
            new Forecast(
                f.label(),
                f.grid(),
                f.timeZone(),
                f.generatedAt(),
                f.updateTime(),
                periods,
                f.daylight()),
            kept.units(),
            kept.now(),
            kept.history(),
            kept.hourly(),
            alerts,
            kept.detail(),
            kept.discussions(),
            kept.unavailable(),
            kept.loading(),
            kept.freshUntil());
    doAnswer(
            call ->
                CompletableFuture.completedFuture(
                    new Answer.Shown(
                        call.getArgument(0), withEnded, Forecasts.FETCHED, Answer.State.FRESH)))
        .when(reports)
        .answerWithin(any(), any());

    AsyncMvc.perform(mvc, get("/api/forecast").param("q", "Boston, MA"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.alerts.length()").value(1))
        .andExpect(jsonPath("$.alerts[0].event").value("Wind Advisory"))
        .andExpect(jsonPath("$.forecast.periods.length()").value(f.periods().size()))
        .andExpect(jsonPath("$.forecast.periods[0].startTime").value("2026-03-10T18:00:00-07:00"));
  }

  @Test
  void offersTheChoicesWhenANameIsAmbiguous() throws Exception {
    AsyncMvc.perform(mvc, get("/api/forecast").param("q", "Springfield"))
        .andExpect(status().isMultipleChoices())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.choices[0].query").value("Springfield, MO"));
  }

  @Test
  void answers404WithCloseMatchesForAnUnknownName() throws Exception {
    AsyncMvc.perform(mvc, get("/api/forecast").param("q", "Bostn"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.closeMatches[0].label").value("Boston, MA"));
  }

  @Test
  void answersProblemJsonWithTheSameStatusesAsThePage() throws Exception {
    doReturn(
            CompletableFuture.failedFuture(
                new ForecastException(
                    NwsFault.UNAVAILABLE,
                    WeatherPagesTest.SEATTLE,
                    WeatherPagesTest.EXPIRED,
                    null)))
        .when(reports)
        .answerWithin(eq(new ReportKey(WeatherPagesTest.SEATTLE, Units.US)), any());

    AsyncMvc.perform(mvc, get("/api/forecast").param("lat", "x").param("lon", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("latitude (lat) must be a number")));
    AsyncMvc.perform(mvc, get("/api/forecast"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "60"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.correlationId").value("257ad490"));
  }

  @Test
  void suggestsPlacesAsAPersonTypes() throws Exception {
    AsyncMvc.perform(mvc, get("/api/places").param("q", "bos"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(10))
        .andExpect(jsonPath("$[0].label").value("Boston, MA"))
        .andExpect(jsonPath("$[0].query").value("Boston, MA"));
    AsyncMvc.perform(mvc, get("/api/places").param("q", "0213"))
        .andExpect(jsonPath("$[0].label").value("02130 Jamaica Plain, MA"))
        .andExpect(jsonPath("$[0].query").value("02130"));
    AsyncMvc.perform(mvc, get("/api/places")).andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void tellsAClientThatFloodsTheSuggestionsToWaitAndNoOtherClient() throws Exception {
    for (int i = 0; i < 20; i++) {
      AsyncMvc.perform(mvc, get("/api/places").param("q", "s" + i).with(from("192.0.2.1")))
          .andExpect(status().isOk());
    }

    AsyncMvc.perform(mvc, get("/api/places").param("q", "sea").with(from("192.0.2.1")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "1"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Too many requests"))
        .andExpect(
            jsonPath("$.detail")
                .value(
                    "This address asked for place suggestions more than 10 times a second. Ask again in 1 second."));
    AsyncMvc.perform(mvc, get("/api/places").param("q", "sea").with(from("192.0.2.7")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].label").value("Seattle, WA"));
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor from(
      String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  @Test
  void answers202WithTheRunsAddressWhileARunFetchesAFirstReport() throws Exception {
    ReportKey seattle = new ReportKey(WeatherPagesTest.SEATTLE, Units.US);
    RunProgress progress =
        new RunProgress(List.of(new StepState(Step.FORECAST, Status.RUNNING)), null);
    doReturn(CompletableFuture.completedFuture(new Answer.Fetching(seattle, progress, List.of())))
        .when(reports)
        .answerWithin(eq(seattle), any());

    AsyncMvc.perform(mvc, get("/api/forecast"))
        .andExpect(status().isAccepted())
        .andExpect(header().string("Location", "/api/runs/forecast-47.6062,-122.3321-us"))
        .andExpect(header().string("Retry-After", "1"))
        .andExpect(jsonPath("$.state").value("fetching"))
        .andExpect(jsonPath("$.steps[0].step").value("forecast"))
        .andExpect(jsonPath("$.steps[0].status").value("running"));
  }

  @Test
  void marksAStaleReportWithItsTime() throws Exception {
    ReportKey seattle = new ReportKey(WeatherPagesTest.SEATTLE, Units.US);
    doReturn(
            CompletableFuture.completedFuture(
                new Answer.Shown(
                    seattle,
                    Forecasts.report(Units.US, Set.of()),
                    Forecasts.FETCHED,
                    Answer.State.NOT_ANSWERING)))
        .when(reports)
        .answerWithin(eq(seattle), any());

    AsyncMvc.perform(mvc, get("/api/forecast"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.stale").value(true))
        .andExpect(jsonPath("$.state").value("not-answering"))
        .andExpect(jsonPath("$.asOf").value("2026-03-11T01:42:00Z"))
        .andExpect(jsonPath("$.run").isEmpty());
  }

  @Test
  void answersARunWith200OnceDoneAnd202WhileANewerReportIsComing() throws Exception {
    ReportKey seattle = new ReportKey(WeatherPagesTest.SEATTLE, Units.US);
    doReturn(
            CompletableFuture.completedFuture(
                new Answer.Shown(
                    seattle,
                    Forecasts.report(Units.US, Set.of()),
                    Forecasts.FETCHED,
                    Answer.State.FRESH)))
        .when(reports)
        .answerNow(seattle);
    AsyncMvc.perform(mvc, get("/api/runs/forecast-47.6062,-122.3321-us"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("fresh"))
        .andExpect(jsonPath("$.stale").value(false));

    doReturn(
            CompletableFuture.completedFuture(
                new Answer.Shown(
                    seattle,
                    Forecasts.report(Units.US, Set.of()),
                    Forecasts.FETCHED,
                    Answer.State.UPDATING)))
        .when(reports)
        .answerNow(seattle);
    AsyncMvc.perform(mvc, get("/api/runs/forecast-47.6062,-122.3321-us"))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.state").value("updating"));

    AsyncMvc.perform(mvc, get("/api/runs/nope"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void sendsAClientToThePlacesForecastOnceARunIsOutOfDate() throws Exception {
    ReportKey norton = ReportKey.of("forecast-41.967,-71.189-si").orElseThrow();
    doReturn(CompletableFuture.failedFuture(new RunOutdatedException(norton)))
        .when(reports)
        .answerNow(norton);

    AsyncMvc.perform(mvc, get("/api/runs/forecast-41.967,-71.189-si"))
        .andExpect(status().isSeeOther())
        .andExpect(header().string("Location", "/api/forecast?lat=41.967&lon=-71.189&units=si"));
  }
}
