package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.weather.forecast.Coordinates;
import dev.weather.place.Gazetteer;
import dev.weather.watch.Delivery;
import dev.weather.watch.Notice;
import dev.weather.watch.Plan;
import dev.weather.watch.WatchException;
import dev.weather.watch.WatchLog;
import dev.weather.watch.WatchView;
import dev.weather.watch.Watches;
import dev.weather.web.view.Forecasts;
import io.temporal.spring.boot.autoconfigure.properties.TemporalProperties;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The watch pages, the feed and the JSON API, with the workflows mocked and the real gazetteer. */
@WebMvcTest({WatchController.class, WatchApiController.class})
@Import({
  WatchPlaces.class,
  PlaceLookup.class,
  Gazetteer.class,
  RunLinks.class,
  TestClock.class,
  Explanations.class
})
@EnableConfigurationProperties({
  TemporalProperties.class,
  DefaultLocation.class,
  WebProperties.class,
  dev.weather.report.CacheProperties.class,
  DemoCoverage.class
})
class WatchPagesTest {

  private static final String TOKEN = "ZBXJcAYK4RPbmmJe6bNG0A";
  private static final Coordinates NORTON = new Coordinates(41.967, -71.189);

  @Autowired private MockMvc mvc;
  @MockitoBean private Watches watches;

  @Test
  void theFormStartsAnAlertWatchOfThePlaceItNamesAndShowsIt() throws Exception {
    when(watches.start(any(), any(), any())).thenReturn(TOKEN);

    mvc.perform(post("/watches").param("q", "Norton, MA").param("ntfy", "norton-alerts"))
        .andExpect(status().isSeeOther())
        .andExpect(header().string("Location", "/watches/" + TOKEN));

    ArgumentCaptor<Coordinates> point = ArgumentCaptor.forClass(Coordinates.class);
    verify(watches)
        .start(point.capture(), eq("Norton, MA"), eq(new Delivery("norton-alerts", null)));
    assertThat(point.getValue().kilometresTo(NORTON)).isLessThan(5);
  }

  @Test
  void theFormStartsAPlanWatchWhoseEndBeforeItsStartIsTheNextDay() throws Exception {
    when(watches.startPlan(any(), any(), any(), any())).thenReturn(TOKEN);
    LocalDateTime day =
        LocalDateTime.ofInstant(Forecasts.FETCHED, java.time.ZoneOffset.UTC).plusDays(2);

    mvc.perform(
            post("/watches")
                .param("lat", "41.967")
                .param("lon", "-71.189")
                .param("kind", "plan")
                .param("day", day.toLocalDate().toString())
                .param("from", "22:00")
                .param("to", "02:00")
                .param("low", "32")
                .param("thunder", "true"))
        .andExpect(status().isSeeOther());

    ArgumentCaptor<Plan> plan = ArgumentCaptor.forClass(Plan.class);
    verify(watches).startPlan(any(), any(), eq(Delivery.none()), plan.capture());
    assertThat(plan.getValue())
        .isEqualTo(
            new Plan(
                day.toLocalDate().atTime(22, 0),
                day.toLocalDate().plusDays(1).atTime(2, 0),
                null,
                true,
                null,
                32,
                null));
  }

  @Test
  void aPlanItCannotReadIsA400ThatSaysWhatToFix() throws Exception {
    mvc.perform(
            post("/watches")
                .param("q", "Norton, MA")
                .param("kind", "plan")
                .param("day", "<b>soon</b>")
                .param("from", "10:00")
                .param("to", "14:00")
                .param("rain", "40"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("Give the plan&#39;s day as 2026-12-12.")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<b>soon"))));
    verifyNoInteractions(watches);
  }

  @Test
  void aWatchNeedsAPlaceAndOneThatIsNotAmbiguous() throws Exception {
    mvc.perform(post("/watches")).andExpect(status().isBadRequest());
    mvc.perform(post("/api/watches").param("q", "Springfield"))
        .andExpect(status().isMultipleChoices())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    verifyNoInteractions(watches);
  }

  @Test
  void aFullServiceIsA429AndAnInMemoryTemporalA503() throws Exception {
    when(watches.start(any(), any(), any()))
        .thenThrow(
            new WatchException(
                WatchException.Reason.FULL,
                "This place has as many watches as it takes; try again later."));
    mvc.perform(post("/watches").param("q", "Norton, MA"))
        .andExpect(status().isTooManyRequests())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "This place has as many watches as it takes")));

    org.mockito.Mockito.doThrow(
            new WatchException(
                WatchException.Reason.UNAVAILABLE,
                "Watches need a Temporal server that keeps them."))
        .when(watches)
        .start(any(), any(), any());
    mvc.perform(post("/api/watches").param("q", "Norton, MA"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.detail").value("Watches need a Temporal server that keeps them."));
  }

  @Test
  void aWatchsPageShowsItsStateAndMessagesAndItsFeedEscapesThem() throws Exception {
    when(watches.find(TOKEN)).thenReturn(Optional.of(view(true)));

    mvc.perform(get("/watches/" + TOKEN))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("Watching Norton, MA for alerts, until")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("Norton, MA: A &lt;b&gt; warning issued")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("ntfy: sent")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("End this watch")));
    mvc.perform(get("/watches/" + TOKEN + "/feed"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "<title>Norton, MA: A &lt;b&gt; warning issued</title>")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "<id>urn:durable-weather:watch:0123abcd</id>")));
    byte[] feed =
        mvc.perform(get("/watches/" + TOKEN + "/feed"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    com.rometools.rome.feed.synd.SyndFeed read =
        new com.rometools.rome.io.SyndFeedInput()
            .build(new com.rometools.rome.io.XmlReader(new java.io.ByteArrayInputStream(feed)));
    assertThat(read.getFeedType()).isEqualTo("atom_1.0");
    assertThat(read.getTitle()).isEqualTo("Alerts for Norton, MA");
    assertThat(read.getEntries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.getTitle()).isEqualTo("Norton, MA: A <b> warning issued");
              assertThat(entry.getUri()).isEqualTo("urn:durable-weather:message:0123abcd/issued:A");
              assertThat(entry.getDescription().getValue()).isEqualTo("Heavy snow.");
              assertThat(entry.getLink()).isEqualTo("/watches/" + TOKEN);
            });
    mvc.perform(get("/api/watches/" + TOKEN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.address").value("/watches/" + TOKEN))
        .andExpect(jsonPath("$.running").value(true))
        .andExpect(
            jsonPath("$.messages[0].notice.title").value("Norton, MA: A <b> warning issued"));
  }

  @Test
  void anEndedWatchHasNoEndButtonAndAnUnknownOneIsA404() throws Exception {
    when(watches.find(TOKEN)).thenReturn(Optional.of(view(false)));
    mvc.perform(get("/watches/" + TOKEN))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString(
                        "This watch of Norton, MA for alerts ended")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("End this watch"))));

    mvc.perform(get("/watches/nope")).andExpect(status().isNotFound());
    mvc.perform(get("/api/watches/nope"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void endingAWatchEndsItAndShowsIt() throws Exception {
    mvc.perform(post("/watches/" + TOKEN + "/end"))
        .andExpect(status().isSeeOther())
        .andExpect(header().string("Location", "/watches/" + TOKEN));
    mvc.perform(delete("/api/watches/" + TOKEN)).andExpect(status().isNoContent());
    verify(watches, org.mockito.Mockito.times(2)).end(TOKEN);
  }

  private static WatchView view(boolean running) {
    Instant since = Forecasts.FETCHED.minusSeconds(7200);
    Notice notice =
        new Notice(
            "0123abcd/issued:A",
            "Norton, MA",
            since.plusSeconds(600),
            "ISSUED",
            "Norton, MA: A <b> warning issued",
            "Heavy snow.",
            4);
    WatchLog log =
        new WatchLog(
            "Norton, MA",
            "alerts-41.967,-71.189",
            null,
            since,
            since.plusSeconds(30 * 86400),
            running ? null : Forecasts.FETCHED,
            1,
            List.of(
                new WatchLog.Entry(notice, Map.of(Delivery.Target.Kind.NTFY, WatchLog.Sent.SENT))));
    return new WatchView(TOKEN, "watch-" + TOKEN, "0123abcd", running, log, null);
  }
}
