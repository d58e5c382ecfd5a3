package dev.weather.demo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Serves the fixtures under {@code classpath:demo/nws/} as NWS would: the file {@code
 * points/41.967,-71.189.json} answers {@code GET /points/41.967,-71.189}, and any other point
 * answers NWS's 404 for points outside coverage.
 *
 * <p>The fixtures were written as if NWS answered at {@link #RECORDED_AT}. Their times move by
 * whole days, keeping each place's wall-clock times with its zone's offset on the new day, so that
 * the recording's local time of day becomes the latest one that has already happened ({@link
 * FixtureTime}): the forecast then looks issued today (or yesterday), with its day and night
 * periods at their usual hours. A station's observation reports the hourly forecast's weather at
 * the hour observed ({@link StationWeather}), and an alert that has ended is not served.
 */
public final class NwsFixtures {

  /** When the fixtures' forecasts were (nominally) generated. */
  public static final Instant RECORDED_AT = Instant.parse("2026-03-10T19:42:11Z");

  private static final String ROOT = "demo/nws/";
  private static final String HOURLY = "/forecast/hourly";
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String CLOCK_OFFSET = "clockOffsetMillis";

  private NwsFixtures() {}

  /**
   * Registers every fixture on {@code server}, as NWS would answer at the clock's time ({@link
   * #body}). Points, alerts and observations are moved when asked for ({@link NearestFixture},
   * {@link LatestObservation}), so they stay current in a demo that runs for days, and an alert is
   * gone once it has ended.
   */
  public static void serve(Stubbing server, Clock clock) {
    Instant now = clock.instant();
    String offset = String.valueOf(clock.millis() - System.currentTimeMillis());
    // A point not a fixture's own, and any alerts query: the nearest fixture's answer, if one is
    // near (NearestFixture).
    server.stubFor(
        get(urlPathMatching("/points/.*"))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withTransformers(NearestFixture.NAME)
                    .withTransformerParameter(CLOCK_OFFSET, offset)));
    server.stubFor(
        get(urlPathEqualTo("/alerts/active"))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withTransformers(NearestFixture.NAME)
                    .withTransformerParameter(CLOCK_OFFSET, offset)));
    server.stubFor(
        get(urlPathMatching("/gridpoints/.*"))
            .atPriority(10)
            .willReturn(
                problem(
                    404,
                    "InvalidGridpoint",
                    "Invalid Gridpoint",
                    "The requested gridpoint is not valid for this office")));
    server.stubFor(
        get(urlPathMatching("/stations/.*"))
            .atPriority(10)
            .willReturn(
                problem(
                    404, "NotFound", "Not Found", "The requested station has no observations")));
    for (Map.Entry<String, String> fixture : fixtures().entrySet()) {
      String name = fixture.getKey();
      int at = name.indexOf('@');
      MappingBuilder request =
          get(urlPathEqualTo(at < 0 ? name : name.substring(0, at))).atPriority(5);
      if (at >= 0) {
        String[] query = name.substring(at + 1).split("=", 2);
        request = request.withQueryParam(query[0], equalTo(query[1]));
      }
      String id = "demo-" + Integer.toHexString(name.hashCode());
      if (name.startsWith("/alerts/")) {
        continue; // NearestFixture answers each point's alerts, its own fixture's nearest of all,
        // at the time asked.
      }
      if (name.startsWith("/stations/")) {
        server.stubFor(
            request.willReturn(
                aResponse()
                    .withTransformers(LatestObservation.NAME)
                    .withTransformerParameter(CLOCK_OFFSET, offset)
                    .withTransformerParameter(LatestObservation.FIXTURE, name)));
        if (name.endsWith("/latest")) {
          // The station's last day of readings, from the same fixture; its query is read by the
          // transformer.
          server.stubFor(
              get(urlPathEqualTo(name.substring(0, name.length() - "/latest".length())))
                  .atPriority(5)
                  .willReturn(
                      aResponse()
                          .withTransformers(LatestObservation.NAME)
                          .withTransformerParameter(CLOCK_OFFSET, offset)
                          .withTransformerParameter(LatestObservation.FIXTURE, name)
                          .withTransformerParameter(LatestObservation.HISTORY, true)));
        }
        continue;
      }
      String body = body(name, now);
      server.stubFor(request.willReturn(geoJson(body, id)));
      if (name.endsWith(HOURLY)) {
        // The raw grid of the cell, made from its hourly forecast (DemoGrid).
        String grid = name.substring(0, name.length() - HOURLY.length());
        server.stubFor(
            get(urlPathEqualTo(grid))
                .atPriority(5)
                .willReturn(geoJson(body(grid, now), id + "-grid")));
      }
      if (name.endsWith("/forecast") || name.endsWith("/forecast/hourly")) {
        server.stubFor(
            get(urlPathEqualTo(name))
                .atPriority(1)
                .withQueryParam("units", equalTo("si"))
                .willReturn(geoJson(toSi(body), id)));
      }
    }
  }

  /** The extensions a WireMock playing NWS with these fixtures needs. */
  public static Extension[] extensions() {
    return new Extension[] {new NearestFixture(), new LatestObservation()};
  }

  /** The serving clock's time, from the offset {@link #serve} gave a transformer. */
  static Instant now(Parameters parameters) {
    return Instant.now().plusMillis(Long.parseLong(parameters.getString(CLOCK_OFFSET, "0")));
  }

  static ResponseDefinitionBuilder geoJson(String body, String correlationId) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/geo+json")
        .withHeader("Cache-Control", "public, max-age=300, s-maxage=3600")
        .withHeader("X-Correlation-ID", correlationId)
        .withBody(body);
  }

  /** What NWS answers with {@code units=si}: temperatures in °C and wind in km/h. */
  static String toSi(String json) {
    try {
      JsonNode tree = JSON.readTree(json);
      for (JsonNode period : tree.path("properties").path("periods")) {
        ObjectNode p = (ObjectNode) period;
        if (p.hasNonNull("temperature") && "F".equals(p.path("temperatureUnit").asText())) {
          p.put("temperature", Math.round((p.get("temperature").asDouble() - 32) / 1.8));
          p.put("temperatureUnit", "C");
        }
        if (p.hasNonNull("windSpeed")) {
          p.put("windSpeed", kmh(p.get("windSpeed").asText()));
        }
      }
      ((ObjectNode) tree.path("properties")).put("units", "si");
      return JSON.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "5 to 9 mph" becomes "8 to 14 km/h". */
  private static String kmh(String mph) {
    Matcher numbers = Pattern.compile("\\d+").matcher(mph.replace("mph", "km/h"));
    StringBuilder out = new StringBuilder();
    while (numbers.find()) {
      numbers.appendReplacement(
          out, String.valueOf(Math.round(Integer.parseInt(numbers.group()) * 1.609)));
    }
    return numbers.appendTail(out).toString();
  }

  /** An NWS {@code application/problem+json} error answer. */
  public static ResponseDefinitionBuilder problem(
      int status, String type, String title, String detail) {
    ObjectNode body = JSON.createObjectNode();
    String correlationId = "fixture-" + Integer.toHexString((type + status).hashCode());
    body.put("correlationId", correlationId);
    body.put("title", title);
    body.put("type", "https://api.weather.gov/problems/" + type);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", "https://api.weather.gov/requests/" + correlationId);
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/problem+json")
        .withHeader("X-Correlation-ID", correlationId)
        .withBody(body.toString());
  }

  /**
   * The fixture at an NWS path, as NWS would answer it at {@code now}, in the time zone of its
   * place; a cell's raw grid is made from its hourly forecast ({@link DemoGrid}).
   */
  public static String body(String nwsPath, Instant now) {
    if (nwsPath.startsWith("/stations/") && nwsPath.endsWith("/observations")) {
      return StationWeather.history(nwsPath + "/latest", now, null); // a station's last day
    }
    if (nwsPath.startsWith("/stations/")) {
      return StationWeather.latest(nwsPath, now);
    }
    String json = fixtures().get(nwsPath);
    if (json == null && fixtures().containsKey(nwsPath + HOURLY)) {
      return DemoGrid.of(body(nwsPath + HOURLY, now)); // a cell's raw grid
    }
    if (json == null) {
      throw new IllegalArgumentException("no fixture for " + nwsPath);
    }
    String moved = Rebase.of(json, FixturePlaces.of(nwsPath), now);
    return nwsPath.startsWith("/products/") ? DemoProducts.issued(moved) : moved;
  }

  /** NWS path to fixture text, e.g. {@code /gridpoints/BOX/70,82/forecast}; read once. */
  static Map<String, String> fixtures() {
    return Loaded.FIXTURES;
  }

  private static final class Loaded {
    static final Map<String, String> FIXTURES = load();
  }

  private static Map<String, String> load() {
    try {
      Resource[] files =
          new PathMatchingResourcePatternResolver()
              .getResources("classpath*:" + ROOT + "**/*.json");
      Map<String, String> byPath = new TreeMap<>();
      for (Resource file : files) {
        String url = file.getURL().toString();
        String path =
            url.substring(
                url.lastIndexOf(ROOT) + ROOT.length() - 1, url.length() - ".json".length());
        try (InputStream in = file.getInputStream()) {
          byPath.put(URLDecoder.decode(path, UTF_8), new String(in.readAllBytes(), UTF_8));
        }
      }
      return byPath;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any fixture-like JSON as NWS would answer it at {@code now}, for a place of no known zone. */
  static String rebase(String json, Instant now) {
    return Rebase.of(json, null, now);
  }
}
