package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.weather.forecast.Coordinates;
import dev.weather.forecast.GridPoint;
import dev.weather.forecast.Location;
import dev.weather.forecast.NwsFault;
import dev.weather.forecast.NwsProblem;
import dev.weather.forecast.Part;
import dev.weather.forecast.Units;
import dev.weather.forecast.WeatherReport;
import dev.weather.place.Gazetteer;
import dev.weather.place.PlaceQuery;
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
import dev.weather.workflow.RunState;
import io.temporal.spring.boot.autoconfigure.properties.TemporalProperties;
import jakarta.servlet.http.Cookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;

/** Every state of the pages, with the workflow mocked and the real gazetteer. */
@WebMvcTest({WeatherController.class, DiscussionController.class})
@Import({
  PlaceLookup.class,
  Gazetteer.class,
  RunLinks.class,
  TestClock.class,
  Explanations.class,
  ForecastView.class
})
@EnableConfigurationProperties({
  dev.weather.watch.WatchProperties.class,
  TemporalProperties.class,
  DefaultLocation.class,
  WebProperties.class,
  CacheProperties.class,
  DemoCoverage.class
})
class WeatherPagesTest {

  static final Location SEATTLE = Location.of(new Coordinates(47.6062, -122.3321));
  static final NwsProblem EXPIRED =
      new NwsProblem(
          503,
          "https://api.weather.gov/problems/ForecastGridExpired",
          "Forecast Grid Expired",
          "",
          "257ad490");

  @Autowired private MockMvc mvc;
  @MockitoBean private Reports reports;
  @MockitoSpyBean private ITemplateEngine templates;

  @BeforeEach
  void everyPlaceHasWeather() {
    when(reports.answerWithin(any(), any()))
        .thenAnswer(call -> Forecasts.shown(call.getArgument(0), Set.of()));
  }

  @Test
  void indexOffersTheSearchAndSamplePlaces() throws Exception {
    AsyncMvc.perform(mvc, get("/"))
        .andExpect(status().isOk())
        .andExpect(view().name(WeatherController.INDEX_VIEW))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("name=\"q\""),
                        containsString("Norton, MA"),
                        containsString("maxlength=\"" + PlaceQuery.MAX_LENGTH + "\""))));
  }

  @Test
  void showsTheDefaultPlaceWhenAskedForNone() throws Exception {
    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(status().isOk())
        .andExpect(model().attributeExists("page"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h1>Seattle, WA</h1>"),
                        containsString("Pacific Time"),
                        containsString(
                            "<time datetime=\"2026-03-10T18:55:03Z\">Tue Mar 10, 11:55 AM</time>"),
                        containsString("6 hours ago"),
                        not(containsString("may be out of date")),
                        containsString("Sunrise\n      <span>7:24 AM</span>"),
                        containsString("<span>7:07 PM</span>"),
                        containsString("<span>11 h 42 min</span> of daylight"))));
    verify(reports).answerWithin(eq(new ReportKey(SEATTLE, Units.US)), any());
  }

  @Test
  void findsACityAndState() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Boston, MA"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Boston, MA</h1>")));
    verify(reports)
        .answerWithin(
            eq(new ReportKey(Location.of(new Coordinates(42.3584, -71.0598)), Units.US)), any());
  }

  @Test
  void findsAZipCode() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "02134"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h1>Allston, MA</h1>"), containsString("ZIP code 02134"))));
    verify(reports)
        .answerWithin(
            eq(new ReportKey(Location.of(new Coordinates(42.3588, -71.1296)), Units.US)), any());
  }

  @Test
  void findsAPointAndNamesItAfterTheNearestPlace() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "42.36, -71.06"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Boston, MA</h1>")));
    verify(reports)
        .answerWithin(
            eq(new ReportKey(Location.of(new Coordinates(42.36, -71.06)), Units.US)), any());
  }

  @Test
  void namesLatLonParametersAfterTheNearestPlaceToo() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("lat", "41.967").param("lon", "-71.189"))
        .andExpect(content().string(containsString("<h1>Norton, MA</h1>")));
  }

  @Test
  void letsAPersonChooseBetweenPlacesOfTheSameName() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Springfield"))
        .andExpect(status().isOk())
        .andExpect(view().name(WeatherController.CHOOSE_VIEW))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Which Springfield?"),
                        containsString("href=\"/weather?q=Springfield,%20MO\""),
                        containsString("Springfield, MA"),
                        containsString("Springfield, IL"))));
    verifyNoInteractions(reports);
  }

  @Test
  void saysThereIsNoSuchPlaceAndOffersCloseMatches() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Bostn"))
        .andExpect(status().isNotFound())
        .andExpect(view().name(WeatherController.NOT_FOUND_VIEW))
        .andExpect(
            content()
                .string(allOf(containsString("No place called"), containsString("Boston, MA"))));
    verifyNoInteractions(reports);
  }

  @Test
  void saysWhenThereIsNoSuchZipCode() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "00000"))
        .andExpect(status().isNotFound())
        .andExpect(view().name(WeatherController.NOT_FOUND_VIEW))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("No place called <q>00000</q>"),
                        containsString("There is no US city, town or ZIP code by that name"))));
  }

  @Test
  void showsAlertsFirstAsOneLineBannersThatOpenInPlaceThenNowThenToday() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Seattle, WA"))
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "<h1>Seattle, WA</h1>",
                        "<details class=\"alert severity-moderate\">",
                        "<summary>",
                        "<h3>Wind Advisory</h3>",
                        "<strong class=\"severity\">Moderate</strong>",
                        "<span class=\"times\">",
                        "until",
                        "<span>Wed 4:00 AM</span>",
                        "</summary>",
                        "From",
                        "<span>Tue Mar 10, 4:00 PM</span>",
                        "until <span>Wed Mar 11, 4:00 AM</span>",
                        "Areas: <span>Seattle and Vicinity</span>",
                        "Secure outdoor objects.",
                        "<section class=\"now\" aria-labelledby=\"now-heading\">",
                        "<section class=\"today\" aria-labelledby=\"today-heading\">",
                        "<h2 id=\"today-heading\">Tonight</h2>",
                        "<span>Low</span> <span>43°F</span>",
                        "<span class=\"sky\">Rain Likely</span>",
                        "<span>Rain likely until 12 AM, 70%</span>",
                        "NWS grid")));
  }

  @Test
  void showsWhatItIsLikeNowAtTheNearestStationInThePlacesTimeZone() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Seattle, WA"))
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "<h2 id=\"now-heading\">Now</h2>",
                        "src=\"/assets/icons/rain-",
                        "<p class=\"temperature\">48°F</p>",
                        "<span>Light Rain</span> · feels like",
                        "<span>42°F</span>",
                        "Wind <span>S 12 mph, gusts 25 mph</span>",
                        "Humidity <span>86%</span>",
                        "Dew point <span>44°F</span>",
                        "Pressure <span>29.92 inHg</span>",
                        "Visibility <span>8 mi</span>",
                        "At <span>Seattle, Boeing Field</span>, <span>5 mi</span> away; observed",
                        "<time datetime=\"2026-03-11T01:24:00Z\">18 minutes ago</time>",
                        "(<span>6:24 PM</span>)")));
  }

  @Test
  void showsWhatItIsLikeNowInCelsius() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Seattle, WA").param("units", "si"))
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "<p class=\"temperature\">9°C</p>",
                        "feels like",
                        "<span>6°C</span>",
                        "Wind <span>S 19 km/h, gusts 40 km/h</span>",
                        "Dew point <span>7°C</span>",
                        "Pressure <span>1013 hPa</span>",
                        "Visibility <span>13 km</span>",
                        "<span>8 km</span> away")));
  }

  @Test
  void showsTheStationsLast24HoursLatestFirstUnderItsHighLowAndTotal() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Seattle, WA"))
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        "<h2 id=\"hourly-heading\">",
                        "<h2 id=\"days-heading\">",
                        "<h2 id=\"history-heading\">Last 24 hours at Seattle, Boeing Field</h2>",
                        "High 50°F (Tue 8 AM), low 37°F (Mon 6 PM); 0.30 in of precipitation.",
                        "<th scope=\"row\">Tue 5:53 PM</th>",
                        "<td>42°F</td>",
                        "<td>S 12 mph</td>",
                        "<td>0.05 in</td>",
                        "<td>Light Rain</td>",
                        "<th scope=\"row\">Tue 2:53 PM</th>",
                        "<td>S 12 mph, gusts 25 mph</td>",
                        "<th scope=\"row\">Mon 11:53 PM</th>",
                        "<td>Calm</td>",
                        "<th scope=\"row\">Mon 8:53 PM</th>",
                        "<td>–</td>",
                        "<th scope=\"row\">Mon 6:53 PM</th>",
                        "<td>37°F</td>")));
    AsyncMvc.perform(mvc, get("/weather").param("q", "Seattle, WA").param("units", "si"))
        .andExpect(
            content()
                .string(
                    containsString(
                        "High 10°C (Tue 8 AM), low 3°C (Mon 6 PM); 7.8 mm of precipitation.")));
  }

  @Test
  void notesALast24HoursThatCouldNotBeHadAndShowsTheRest() throws Exception {
    doAnswer(call -> Forecasts.shown(call.getArgument(0), Set.of(Part.HISTORY)))
        .when(reports)
        .answerWithin(any(), any());

    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("The station's last 24 hours could not be loaded"),
                        containsString("<h2 id=\"now-heading\">Now</h2>"),
                        not(containsString("history-heading")))));
  }

  @Test
  void drawsTheNext48HoursAsAnAccessibleChartWithATable() throws Exception {
    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(
                            "<svg role=\"img\" aria-labelledby=\"chart-title chart-desc\""),
                        containsString(
                            "<title id=\"chart-title\">Next 48 hours: temperature and chance of precipitation</title>"),
                        containsString("Temperature from 40°F"),
                        containsString("Chance of precipitation peaks at 70%"),
                        containsString("<polyline class=\"temperature\""),
                        containsString("<g class=\"now\">"),
                        containsString(">Now</text>"),
                        containsString("<th scope=\"row\">Tue 6 PM</th>"))));
  }

  @Test
  void showsEachHoursDetailInTheTableAndWhatFallsEachDay() throws Exception {
    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(
                            "<summary>Hour by hour: feels like, thunder, gusts, sky cover, humidity,"
                                + " dew point</summary>"),
                        containsString("<th scope=\"col\">Feels like</th>"),
                        containsString("<th scope=\"col\">Dew point</th>"),
                        stringContainsInOrder(
                            "<th scope=\"row\">Tue 6 PM</th>",
                            "<td>40°F</td>",
                            "<td>36°F</td>",
                            "<td>70%</td>",
                            "<td>20%</td>",
                            "<td>Light rain, likely</td>",
                            "<td>S 7 mph</td>",
                            "<td>14 mph</td>",
                            "<td>100%</td>",
                            "<td>73%</td>",
                            "<td>35°F</td>",
                            "<td>Rain Likely</td>"),
                        stringContainsInOrder(
                            "<g class=\"alert-bands\">",
                            "<rect class=\"severity-moderate\"",
                            "<title>Wind Advisory</title>",
                            "alerts in force</span> (bands along the",
                            "Wind Advisory"),
                        stringContainsInOrder(
                            "<th scope=\"col\">Alerts</th>",
                            "<th scope=\"row\">Tue 6 PM</th>",
                            "<td>Wind Advisory</td>",
                            "<th scope=\"row\">Wed 4 AM</th>",
                            "<td>–</td>"),
                        stringContainsInOrder(
                            "<h3>Tonight</h3>",
                            "<span>Wind Advisory</span>",
                            "Precipitation 0.30 in",
                            "<h3>Wednesday</h3>",
                            "Snow 0.5 in"))));
  }

  @Test
  void linksTheForecastersDiscussionAndShowsItAsEscapedPlainText() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Seattle, WA"))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a href=\"/weather/discussion?q=Seattle,%20WA\">The forecaster's")));

    AsyncMvc.perform(mvc, get("/weather/discussion").param("q", "Seattle, WA"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<title>Forecast discussion for Seattle, WA</title>"),
                        containsString(
                            "<a href=\"/weather?q=Seattle,%20WA\">Back to the forecast</a>"),
                        stringContainsInOrder(
                            "<h2 id=\"afd-heading\">Area Forecast Discussion</h2>",
                            "National Weather Service Seattle WA",
                            "issued <time datetime=\"2026-03-10T21:05:00Z\">Tue Mar 10, 2:05 PM</time>",
                            "<h3>SYNOPSIS</h3>",
                            "<p>A front brings rain tonight.</p>",
                            "<p>Drier Wednesday.</p>",
                            "<h3>SHORT TERM /TONIGHT THROUGH THURSDAY/</h3>",
                            "<p>Rain &lt;heavy&gt; at times &amp; breezy.</p>",
                            "<h2 id=\"hwo-heading\">Hazardous Weather Outlook</h2>",
                            "<p>No hazardous weather is expected.</p>"),
                        not(containsString("<heavy>")))));
  }

  @Test
  void notesADiscussionThatCouldNotBeHadAndSendsAnUnknownPlaceToTheForecastPage() throws Exception {
    doAnswer(call -> Forecasts.shown(call.getArgument(0), Set.of(Part.DISCUSSION)))
        .when(reports)
        .answerWithin(any(), any());

    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("The forecaster's discussion could not be loaded"),
                        not(containsString("/weather/discussion")))));
    AsyncMvc.perform(mvc, get("/weather/discussion"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("The discussion could not be loaded")));
    AsyncMvc.perform(mvc, get("/weather/discussion").param("q", "Nowhereville, MA"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/weather?q=Nowhereville,%20MA"));
  }

  @Test
  void remembersTheLastFivePlacesNewestFirstInACookie() throws Exception {
    String before = "02134|Norton, MA|Denver, CO|Boston, MA|Austin, TX";

    AsyncMvc.perform(
            mvc,
            get("/weather")
                .param("q", "boston, ma")
                .cookie(
                    new Cookie(
                        RecentPlaces.NAME, URLEncoder.encode(before, StandardCharsets.UTF_8))))
        .andExpect(status().isOk())
        .andExpect(
            cookie()
                .value(
                    RecentPlaces.NAME,
                    URLEncoder.encode(
                        "Boston, MA|02134|Norton, MA|Denver, CO|Austin, TX",
                        StandardCharsets.UTF_8)))
        .andExpect(cookie().httpOnly(RecentPlaces.NAME, true))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<nav class=\"recent\" aria-label=\"Recent places\">"),
                        containsString("<a href=\"/weather?q=Norton,%20MA\">Norton, MA</a>"))));
    AsyncMvc.perform(
            mvc,
            get("/weather")
                .param("lat", "41.96700")
                .param("lon", "-71.189")
                .cookie(
                    new Cookie(
                        RecentPlaces.NAME, URLEncoder.encode("1|2|3|4|5", StandardCharsets.UTF_8))))
        .andExpect(
            cookie()
                .value(
                    RecentPlaces.NAME,
                    URLEncoder.encode("41.967, -71.189|1|2|3|4", StandardCharsets.UTF_8)));
  }

  @Test
  void printsWhatARecentPlacesCookieSaysEscapedOrNotAtAll() throws Exception {
    String hostile =
        URLEncoder.encode("<script>x</script>|" + "y".repeat(101), StandardCharsets.UTF_8);

    AsyncMvc.perform(mvc, get("/").cookie(new Cookie(RecentPlaces.NAME, hostile)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Recent:"),
                        containsString("&lt;script&gt;x&lt;/script&gt;"),
                        not(containsString("<script>x")),
                        not(containsString("y".repeat(101))),
                        // No place by that name: the home page shows the default place at a glance
                        // instead.
                        containsString("<h2 id=\"glances-heading\">Right now</h2>"))));
    AsyncMvc.perform(mvc, get("/").cookie(new Cookie(RecentPlaces.NAME, "%E0%A4%A")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("Recent:"))));
  }

  @Test
  void homePageShowsTheRecentPlacesAtAGlanceNamedAsTheirPagesAre() throws Exception {
    String recent = URLEncoder.encode("02134|41.967, -71.189|Boston, MA", StandardCharsets.UTF_8);

    AsyncMvc.perform(mvc, get("/").cookie(new Cookie(RecentPlaces.NAME, recent)))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    stringContainsInOrder(
                        // Under the search box: named, in the order they were seen.
                        "Recent:",
                        ">Allston, MA 02134</a>",
                        ">Norton, MA</a>",
                        ">Boston, MA</a>",
                        "<h2 id=\"glances-heading\">Your recent places</h2>",
                        "<a href=\"/weather?q=02134\">Allston, MA 02134</a>",
                        "<span class=\"temperature\">48°F</span>",
                        "<span class=\"sky\">Light Rain</span>",
                        "Tonight: Low 43°F",
                        "Rain likely until 12 AM, 70%",
                        "<a href=\"/weather?q=41.967,%20-71.189\">Norton, MA</a>",
                        "<a href=\"/weather?q=Boston,%20MA\">Boston, MA</a>")));
    verify(reports, times(3)).answerWithin(any(), any());
  }

  @Test
  void pairsDayAndNightWithLocalIcons() throws Exception {
    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h3>Tonight</h3>"),
                        // Wednesday Night's fog on Wednesday's card, before the card ends.
                        matchesPattern(
                            "(?s).*<h3>Wednesday</h3>((?!</li>).)*<span class=\"visually-hidden\">Night: </span><span>\\s*"
                                + "Patchy Fog</span>.*"),
                        // The chance as a short label: a drop, then 70%, its words for screen
                        // readers only.
                        matchesPattern(
                            "(?s).*<span class=\"chance\"><img\\s+src=\"/assets/icons/drop-[0-9a-f]+\\.svg\""
                                + "[^>]*><span class=\"visually-hidden\">Chance of\\s+precipitation </span><span>70%</span>.*"),
                        not(containsString("not given")),
                        containsString("src=\"/assets/icons/rain-"),
                        containsString("src=\"/assets/icons/partly-day-"),
                        containsString("src=\"/assets/icons/fog-"),
                        not(containsString("api.weather.gov/icons")))));
  }

  @Test
  void notesThePartsThatDidNotArrive() throws Exception {
    doAnswer(
            call ->
                Forecasts.shown(
                    call.getArgument(0), Set.of(Part.NOW, Part.HOURLY, Part.ALERTS, Part.DETAIL)))
        .when(reports)
        .answerWithin(any(), any());

    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(
                            "Current conditions could not be had from a station near here"),
                        not(containsString("class=\"now\"")),
                        containsString("The hourly forecast could not be loaded"),
                        containsString("Alerts could not be loaded"),
                        containsString(
                            "Rain and snow amounts and the hour-by-hour detail could not be loaded"),
                        not(containsString("class=\"amounts\"")),
                        containsString("<h3>Tonight</h3>"))));
  }

  @Test
  void switchesToCelsiusAndRemembersIt() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Boston, MA").param("units", "si"))
        .andExpect(status().isOk())
        .andExpect(cookie().value(UnitsCookie.NAME, "si"))
        .andExpect(
            content().string(containsString("href=\"/weather?q=Boston,%20MA&amp;units=us\"")));
    verify(reports).answerWithin(argThat(key -> key.units() == Units.SI), any());

    AsyncMvc.perform(mvc, get("/weather").cookie(new Cookie(UnitsCookie.NAME, "si")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h1>Seattle, WA</h1>"),
                        containsString(
                            "<a href=\"/weather?units=si\" aria-current=\"true\">°C, km/h</a>"))));
    verify(reports).answerWithin(eq(new ReportKey(SEATTLE, Units.SI)), any());
  }

  @Test
  void showsAGridWithoutAlerts() throws Exception {
    AsyncMvc.perform(
            mvc, get("/weather").param("office", "sew").param("gridX", "124").param("gridY", "67"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("not for bare NWS grid cells")));
    verify(reports)
        .answerWithin(
            eq(new ReportKey(Location.of(new GridPoint("SEW", 124, 67)), Units.US)), any());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lat=abc&lon=1             | latitude (lat) must be a number",
        "lat=95&lon=1              | latitude (lat) must be between -90 and 90",
        "lat=45&lon=-190           | longitude (lon) must be between -180 and 180",
        "lat=45                    | longitude (lon) is missing",
        "lat=NaN&lon=1             | latitude (lat) must be a number",
        "office=SEW&gridX=1        | gridY must be a whole number",
        "office=S1&gridX=1&gridY=2 | office must be a three-letter",
        "lat=1&lon=1&office=SEW    | not both",
        "q=Boston, XX              | After the comma give a US state",
        "q=91, 1                   | Latitude must be between -90 and 90",
        "q=<script>                | A place name has letters",
        "q=Boston&lat=1&lon=2      | not both",
        "units=kelvin              | units must be us"
      })
  void rejectsBadInputWithAReadableMessage(String query, String message) throws Exception {
    MockHttpServletRequestBuilder request = get("/weather");
    for (String pair : query.split("&")) {
      request.param(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    AsyncMvc.perform(mvc, request)
        .andExpect(status().isBadRequest())
        .andExpect(view().name(Failure.ERROR_VIEW))
        .andExpect(
            content().string(allOf(containsString(message), not(containsString("Exception")))));
    verifyNoInteractions(reports);
  }

  @Test
  void keepsWhatWasTypedInTheSearchBoxOnEveryErrorPage() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Boston, XX"))
        .andExpect(status().isBadRequest())
        .andExpect(
            content()
                .string(
                    allOf(containsString("value=\"Boston, XX\""), not(containsString("Status")))));
    Location london = Location.of(new Coordinates(51.5074, -0.1278));
    doReturn(
            CompletableFuture.failedFuture(
                new ForecastException(NwsFault.NOT_FOUND, london, null, null)))
        .when(reports)
        .answerWithin(eq(new ReportKey(london, Units.US)), any());
    AsyncMvc.perform(mvc, get("/weather").param("q", "51.5074, -0.1278"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("value=\"51.5074, -0.1278\"")));
    AsyncMvc.perform(mvc, get("/weather").param("q", "Bostn"))
        .andExpect(content().string(containsString("value=\"Bostn\"")));
  }

  @Test
  void neverReflectsMarkupFromTheQuery() throws Exception {
    AsyncMvc.perform(
            mvc, get("/weather").param("lat", "<script>alert(1)</script>").param("lon", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(not(containsString("<script>alert"))));
    AsyncMvc.perform(mvc, get("/weather").param("q", "<b>Boston</b>"))
        .andExpect(content().string(not(containsString("<b>Boston"))));
  }

  @Test
  void escapesTheSearchTextWhenItEchoesIt() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Zzyzx O'Brien"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("Zzyzx O&#39;Brien")));
  }

  @Test
  void saysWhereNwsHasForecastsWhenThePointIsNotCovered() throws Exception {
    Location london = Location.of(new Coordinates(51.5074, -0.1278));
    doReturn(
            CompletableFuture.failedFuture(
                new ForecastException(NwsFault.NOT_FOUND, london, null, null)))
        .when(reports)
        .answerWithin(eq(new ReportKey(london, Units.US)), any());

    AsyncMvc.perform(mvc, get("/weather").param("lat", "51.5074").param("lon", "-0.1278"))
        .andExpect(status().isNotFound())
        .andExpect(
            content().string(containsString("covers the United States and its territories")));
  }

  @Test
  void asksToTryAgainWithTheCorrelationIdWhenNwsIsNotAnswering() throws Exception {
    doReturn(
            CompletableFuture.failedFuture(
                new ForecastException(NwsFault.UNAVAILABLE, SEATTLE, EXPIRED, null)))
        .when(reports)
        .answerWithin(eq(new ReportKey(SEATTLE, Units.US)), any());

    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(model().attribute("correlationId", "257ad490"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(
                            "The National Weather Service is not answering, try again shortly."),
                        containsString("257ad490"))));
  }

  @Test
  void marksAnOlderReportWhileANewOneIsOnItsWayAndFollowsTheRun() throws Exception {
    ReportKey seattle = new ReportKey(SEATTLE, Units.US);
    doReturn(answer(seattle, Set.of(), Answer.State.UPDATING))
        .when(reports)
        .answerWithin(eq(seattle), any());

    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(
                            "Forecast from Tue Mar 10, 11:55 AM; checking for a newer one"),
                        containsString(
                            "<meta http-equiv=\"refresh\" content=\"3;url=/weather/runs/forecast-47.6062,-122.3321-us\">"),
                        containsString("data-poll=\"/api/runs/forecast-47.6062,-122.3321-us\""),
                        containsString("data-state=\"updating\""),
                        containsString("src=\"/assets/js/run-"))));
  }

  @Test
  void marksAnOlderReportWhenNwsIsNotAnsweringWithoutRefreshing() throws Exception {
    ReportKey seattle = new ReportKey(SEATTLE, Units.US);
    doReturn(answer(seattle, Set.of(), Answer.State.NOT_ANSWERING))
        .when(reports)
        .answerWithin(eq(seattle), any());

    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(
                            "Forecast from Tue Mar 10, 11:55 AM: the National Weather Service is not answering right now"),
                        containsString("<h3>Tonight</h3>"),
                        not(containsString("http-equiv=\"refresh\"")),
                        not(containsString("data-poll")))));
  }

  @Test
  void saysWhichPartsAreStillLoading() throws Exception {
    ReportKey seattle = new ReportKey(SEATTLE, Units.US);
    doReturn(
            answer(
                seattle,
                Set.of(Part.NOW, Part.HOURLY, Part.ALERTS, Part.DETAIL),
                Answer.State.PARTIAL))
        .when(reports)
        .answerWithin(eq(seattle), any());

    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("Current conditions are still loading"),
                        containsString("The hourly forecast is still loading"),
                        containsString("Alerts are still loading"),
                        containsString(
                            "Rain and snow amounts and the hour-by-hour detail are still loading"),
                        containsString("data-state=\"partial\""),
                        not(containsString("could not be loaded")),
                        not(containsString("could not be had")),
                        not(containsString("class=\"notice\"")))));
  }

  @Test
  void showsTheRunsStepsWhileItFetchesAFirstReport() throws Exception {
    ReportKey seattle = new ReportKey(SEATTLE, Units.US);
    RunProgress progress =
        new RunProgress(
            List.of(
                new StepState(Step.PLACE, Status.DONE),
                    new StepState(Step.FORECAST, Status.RUNNING),
                new StepState(Step.HOURLY, Status.RUNNING),
                    new StepState(Step.ALERTS, Status.WAITING)),
            null);
    RunState.Retry retry =
        new RunState.Retry(
            Step.FORECAST, 3, Forecasts.FETCHED.plusSeconds(4), EXPIRED, "NWS HTTP 503");
    doReturn(
            CompletableFuture.completedFuture(
                new Answer.Fetching(seattle, progress, List.of(retry))))
        .when(reports)
        .answerWithin(eq(seattle), any());

    AsyncMvc.perform(mvc, get("/weather"))
        .andExpect(status().isOk())
        .andExpect(view().name(WeatherController.PROGRESS_VIEW))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h1>Fetching the forecast for Seattle, WA</h1>"),
                        containsString(
                            "attempt 3 in 4 s; last time the National Weather Service answered 503"
                                + " (Forecast Grid Expired)"),
                        containsString("id=\"step-hourly\""),
                        containsString(
                            "<span class=\"status\">asking the National Weather Service</span>"),
                        containsString("<span class=\"status\">waiting</span>"),
                        containsString("href=\"/weather/runs/forecast-47.6062,-122.3321-us\""))));
  }

  @Test
  void showsARunsForecastAtItsStableAddress() throws Exception {
    ReportKey norton = ReportKey.of("forecast-41.967,-71.189-si").orElseThrow();
    doReturn(answer(norton, Set.of(), Answer.State.FRESH)).when(reports).answerNow(norton);

    AsyncMvc.perform(mvc, get("/weather/runs/forecast-41.967,-71.189-si"))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString("<h1>Norton, MA</h1>"),
                        containsString(
                            "href=\"/weather?lat=41.967&amp;lon=-71.189&amp;units=us\""))));
  }

  @ParameterizedTest
  @CsvSource({"forecast-41.9670,-71.189-us", "forecast-BOX-70-82-xx", "anything"})
  void saysThereIsNoSuchRunForAnAddressItDidNotMake(String id) throws Exception {
    AsyncMvc.perform(mvc, get("/weather/runs/" + id))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("No such forecast run")));
    verifyNoInteractions(reports);
  }

  @Test
  void sendsAPersonToThePlacesForecastOnceARunIsOutOfDate() throws Exception {
    ReportKey norton = ReportKey.of("forecast-41.967,-71.189-si").orElseThrow();
    doReturn(CompletableFuture.failedFuture(new RunOutdatedException(norton)))
        .when(reports)
        .answerNow(norton);

    AsyncMvc.perform(mvc, get("/weather/runs/forecast-41.967,-71.189-si"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", "/weather?lat=41.967&lon=-71.189&units=si"));
  }

  @Test
  void rendersAReportOnceForAllWhoSeeItAndTheSearchBoxForEach() throws Exception {
    // A point of its own: the report's HTML, once rendered, is kept for the other tests of this
    // class too.
    String first =
        AsyncMvc.perform(mvc, get("/weather").param("lat", "44.4444").param("lon", "-72.2222"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String second =
        AsyncMvc.perform(
                mvc,
                get("/weather")
                    .param("lat", "44.4444")
                    .param("lon", "-72.2222")
                    .cookie(
                        new Cookie(
                            RecentPlaces.NAME,
                            URLEncoder.encode("Norton, MA", StandardCharsets.UTF_8))))
            .andReturn()
            .getResponse()
            .getContentAsString();

    verify(templates, times(1)).process(eq(ForecastView.REPORT_TEMPLATE), any(IContext.class));
    assertThat(report(first)).isEqualTo(report(second)).contains("<h1>", "Tonight");
    assertThat(first).doesNotContain("Recent places");
    assertThat(second).contains("<a href=\"/weather?q=Norton,%20MA\">Norton, MA</a>");
  }

  @Test
  void rendersTheReportAgainWhenItWouldPrintSomethingElse() throws Exception {
    String us =
        AsyncMvc.perform(mvc, get("/weather").param("lat", "44.5555").param("lon", "-72.3333"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String si =
        AsyncMvc.perform(
                mvc,
                get("/weather")
                    .param("lat", "44.5555")
                    .param("lon", "-72.3333")
                    .param("units", "si"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    verify(templates, times(2)).process(eq(ForecastView.REPORT_TEMPLATE), any(IContext.class));
    assertThat(report(us)).doesNotContain("°C</span>");
    assertThat(report(si)).contains("°C</span>");
  }

  @Test
  void letsTheBrowserKeepAFinishedForecastButNeverOneStillComing() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Norton, MA"))
        .andExpect(header().string("Cache-Control", "no-cache, private"));
    doAnswer(call -> answer(call.getArgument(0), Set.of(Part.HOURLY), Answer.State.PARTIAL))
        .when(reports)
        .answerWithin(any(), any());
    AsyncMvc.perform(mvc, get("/weather").param("q", "Norton, MA"))
        .andExpect(content().string(containsString("data-poll=")))
        .andExpect(header().string("Cache-Control", "no-store"));
  }

  @Test
  void neverLetsTheBrowserKeepAPageAtARunsAddress() throws Exception {
    ReportKey norton = ReportKey.of("forecast-41.967,-71.189-us").orElseThrow();
    when(reports.answerNow(norton)).thenReturn(Forecasts.shown(norton, Set.of()));

    AsyncMvc.perform(mvc, get("/weather/runs/forecast-41.967,-71.189-us"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<h1>Norton, MA</h1>")))
        .andExpect(header().string("Cache-Control", "no-store"));
  }

  @Test
  void linksToThePageInOtherUnitsKeepingWhatNamedThePlace() throws Exception {
    AsyncMvc.perform(mvc, get("/weather").param("q", "Norton, MA").param("units", "si"))
        .andExpect(
            content()
                .string(
                    allOf(
                        containsString(
                            "<a href=\"/weather?q=Norton,%20MA&amp;units=us\">°F, mph</a>"),
                        containsString(
                            "<a href=\"/weather?q=Norton,%20MA&amp;units=si\" aria-current=\"true\">°C, km/h</a>"))));
    AsyncMvc.perform(mvc, get("/weather").param("lat", "41.967").param("lon", "-71.189"))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a href=\"/weather?lat=41.967&amp;lon=-71.189&amp;units=si\">°C, km/h</a>")));
    AsyncMvc.perform(
            mvc, get("/weather").param("office", "BOX").param("gridX", "70").param("gridY", "82"))
        .andExpect(
            content()
                .string(
                    containsString(
                        "<a href=\"/weather?office=BOX&amp;gridX=70&amp;gridY=82&amp;units=si\">°C, km/h</a>")));
  }

  /** The report's part of a page: its main element. */
  private static String report(String page) {
    return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
  }

  private static CompletableFuture<Answer> answer(
      ReportKey key, Set<Part> loading, Answer.State state) {
    WeatherReport full = Forecasts.report(key.units(), Set.of());
    WeatherReport report =
        new WeatherReport(
            full.forecast(),
            full.units(),
            loading.contains(Part.NOW) ? null : full.now(),
            loading.contains(Part.HISTORY) ? List.of() : full.history(),
            loading.contains(Part.HOURLY) ? List.of() : full.hourly(),
            loading.contains(Part.ALERTS) ? List.of() : full.alerts(),
            loading.contains(Part.DETAIL) ? null : full.detail(),
            loading.contains(Part.DISCUSSION) ? List.of() : full.discussions(),
            Set.of(),
            loading,
            full.freshUntil());
    return CompletableFuture.completedFuture(
        new Answer.Shown(key, report, Forecasts.FETCHED, state));
  }
}
