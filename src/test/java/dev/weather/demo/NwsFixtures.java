package dev.weather.demo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Serves the fixtures under {@code classpath:demo/nws/} as NWS would: the file {@code points/41.967,-71.189.json}
 * answers {@code GET /points/41.967,-71.189}, and any other point answers NWS's 404 for points outside coverage.
 *
 * <p>The fixtures were written as if NWS answered at {@link #RECORDED_AT}. Every timestamp in them is moved by the
 * same whole number of days, so that the recording day becomes the latest day on which it has already happened:
 * the forecast then looks issued today (or yesterday), with its day and night periods at their usual hours.
 */
public final class NwsFixtures {

  /** When the fixtures' forecasts were (nominally) generated. */
  public static final Instant RECORDED_AT = Instant.parse("2026-03-10T19:42:11Z");

  private static final String ROOT = "demo/nws/";
  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|Z)");
  private static final DateTimeFormatter NWS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Fields that say how old an answer is: moved to stay as old at any time as at the recording. */
  private static final Set<String> AGED = Set.of("updateTime", "generatedAt", "timestamp");
  static final String CLOCK_OFFSET = "clockOffsetMillis";
  private static final int RECORDED_YEAR = RECORDED_AT.atZone(ZoneOffset.UTC).getYear();
  private static final DateTimeFormatter MONTH_DAY_FORMAT = DateTimeFormatter.ofPattern("MMMM d", Locale.US);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2}\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  private NwsFixtures() {}

  /** The whole days to add to every fixture timestamp so that {@link #RECORDED_AT} is at most {@code now}. */
  static Duration shift(Instant now) {
    long days = Math.floorDiv(Duration.between(RECORDED_AT, now).toSeconds(), 86_400);
    return Duration.ofDays(days);
  }

  /**
   * Registers every fixture on {@code server}, as NWS would answer at the clock's time: timestamps moved by
   * {@link #shift(Instant)}, update times and observations by as long as the clock is past {@link #RECORDED_AT}. Points,
   * alerts and observations are moved when asked for ({@link NearestFixture}, {@link LatestObservation}), so they stay
   * current in a demo that runs for days.
   */
  public static void serve(Stubbing server, Clock clock) {
    Instant now = clock.instant();
    String offset = String.valueOf(clock.millis() - System.currentTimeMillis());
    // Any other point or alerts query: the nearest fixture's answer, if one is near (needs NearestFixture).
    server.stubFor(
        get(urlPathMatching("/points/.*"))
            .atPriority(10)
            .willReturn(aResponse().withTransformers(NearestFixture.NAME).withTransformerParameter(CLOCK_OFFSET, offset)));
    server.stubFor(
        get(urlPathEqualTo("/alerts/active"))
            .atPriority(10)
            .willReturn(aResponse().withTransformers(NearestFixture.NAME).withTransformerParameter(CLOCK_OFFSET, offset)));
    server.stubFor(
        get(urlPathMatching("/gridpoints/.*"))
            .atPriority(10)
            .willReturn(problem(404, "InvalidGridpoint", "Invalid Gridpoint",
                "The requested gridpoint is not valid for this office")));
    server.stubFor(
        get(urlPathMatching("/stations/.*"))
            .atPriority(10)
            .willReturn(problem(404, "NotFound", "Not Found", "The requested station has no observations")));
    for (Map.Entry<String, String> fixture : fixtures().entrySet()) {
      String name = fixture.getKey();
      int at = name.indexOf('@');
      MappingBuilder request = get(urlPathEqualTo(at < 0 ? name : name.substring(0, at))).atPriority(5);
      if (at >= 0) {
        String[] query = name.substring(at + 1).split("=", 2);
        request = request.withQueryParam(query[0], equalTo(query[1]));
      }
      String id = "demo-" + Integer.toHexString(name.hashCode());
      if (name.startsWith("/stations/")) {
        server.stubFor(request.willReturn(aResponse().withTransformers(LatestObservation.NAME)
            .withTransformerParameter(CLOCK_OFFSET, offset).withTransformerParameter(LatestObservation.FIXTURE, name)));
        continue;
      }
      String body = rebase(fixture.getValue(), now);
      server.stubFor(request.willReturn(geoJson(body, id)));
      if (name.endsWith("/forecast") || name.endsWith("/forecast/hourly")) {
        server.stubFor(
            get(urlPathEqualTo(name)).atPriority(1).withQueryParam("units", equalTo("si"))
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
      numbers.appendReplacement(out, String.valueOf(Math.round(Integer.parseInt(numbers.group()) * 1.609)));
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

  /** The fixture at an NWS path, as NWS would answer it at {@code now}. */
  public static String body(String nwsPath, Instant now) {
    String json = fixtures().get(nwsPath);
    if (json == null) {
      throw new IllegalArgumentException("no fixture for " + nwsPath);
    }
    return rebase(json, now);
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
      Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.json");
      Map<String, String> byPath = new TreeMap<>();
      for (Resource file : files) {
        String url = file.getURL().toString();
        String path = url.substring(url.lastIndexOf(ROOT) + ROOT.length() - 1, url.length() - ".json".length());
        try (InputStream in = file.getInputStream()) {
          byPath.put(URLDecoder.decode(path, UTF_8),
              new String(in.readAllBytes(), UTF_8));
        }
      }
      return byPath;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture as NWS would answer at {@code now}. */
  static String rebase(String json, Instant now) {
    try {
      JsonNode tree = JSON.readTree(json);
      return JSON.writeValueAsString(rebase(tree, shift(now), Duration.between(RECORDED_AT, now)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A period named after its weekday ("Friday Night") is renamed for the weekday it now falls on. */
  private static void renameWeekday(ObjectNode period) {
    String name = period.path("name").asText("");
    String day = name.replace(" Night", "");
    boolean weekday =
        Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.getDisplayName(TextStyle.FULL, Locale.US).equals(day));
    if (weekday && period.hasNonNull("startTime")) {
      DayOfWeek now = OffsetDateTime.parse(period.get("startTime").asText()).getDayOfWeek();
      period.put("name", now.getDisplayName(TextStyle.FULL, Locale.US) + (name.endsWith(" Night") ? " Night" : ""));
    }
  }

  /**
   * An alert's words move with its times: "issued March 10 at 9:05AM EDT" and "Wednesday afternoon" name the day the
   * alert now falls on, not the day it was recorded.
   */
  private static void retellDates(ObjectNode alert, Duration shift) {
    for (String field : List.of("headline", "description", "instruction")) {
      if (alert.path(field).isTextual()) {
        String text = MONTH_DAY.matcher(alert.get(field).asText()).replaceAll(m -> {
          LocalDate day = MonthDay.parse(m.group(), MONTH_DAY_FORMAT).atYear(RECORDED_YEAR).plusDays(shift.toDays());
          return day.format(MONTH_DAY_FORMAT);
        });
        text = WEEKDAY.matcher(text).replaceAll(m ->
            DayOfWeek.valueOf(m.group().toUpperCase(Locale.ROOT)).plus(shift.toDays())
                .getDisplayName(TextStyle.FULL, Locale.US));
        alert.put(field, text);
      }
    }
  }

  /**
   * Timestamps move by {@code days}, whole days, so periods keep their hours; when NWS updated the forecast, and when a
   * station observed, move by {@code age}, so they stay as long before now as they were before the recording.
   */
  private static JsonNode rebase(JsonNode node, Duration days, Duration age) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        field.setValue(rebase(field.getValue(), AGED.contains(field.getKey()) ? age : days, age));
      }
      renameWeekday(object);
      if (object.has("headline")) {
        retellDates(object, days);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, rebase(array.get(i), days, age));
      }
    } else if (node.isTextual() && TIMESTAMP.matcher(node.asText()).matches()) {
      try {
        return new TextNode(OffsetDateTime.parse(node.asText()).plus(days).format(NWS_TIME));
      } catch (DateTimeParseException notATime) {
        return node;
      }
    }
    return node;
  }
}
