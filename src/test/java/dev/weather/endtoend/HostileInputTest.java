package dev.weather.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Instancio.gen;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.weather.TestTemporal;
import dev.weather.WeatherApplication;
import dev.weather.demo.NwsFixtures;
import dev.weather.demo.NwsStub;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Hostile input, as properties over random requests: random, huge and crafted values (Unicode, NaN
 * and Infinity, out-of-range numbers, markup, template expressions, SQL, traversal), under known,
 * nested-looking, repeated and random parameter names, at every address, with any method and
 * content type. Whatever comes, the app answers below 500, within the client's timeout, without a
 * stack trace, and never puts what it was sent into a page unescaped. Instancio draws the values
 * from a seed per repetition and reports the seed of a failing one ({@code @Seed} replays it). One
 * app (embedded Temporal, WireMock as NWS) serves every request.
 */
@Tag("end-to-end")
@ExtendWith(InstancioExtension.class)
class HostileInputTest {

  /** Every payload that could run as markup names this tag or attribute. */
  private static final String MARK = "xss";

  /** A template expression evaluated would print 7 * 191. */
  private static final String EVALUATED = "1337";

  private static final List<String> PATHS =
      List.of(
          "/",
          "/weather",
          "/api/forecast",
          "/api/places",
          "/weather/runs/",
          "/api/runs/",
          "/no-such-page");
  private static final List<String> NAMES =
      List.of("q", "lat", "lon", "office", "gridX", "gridY", "units");
  private static final List<String> NUMBERS =
      List.of(
          "NaN",
          "Infinity",
          "-Infinity",
          "1e309",
          "-0",
          "0x1F",
          "1_000",
          "９０",
          "41.9,-71.2",
          "99999999999999999999",
          "-91",
          "181",
          "41.96700000000000000001",
          " 41.9 ",
          "+41.9",
          "4.19e1");
  private static final List<String> CRAFTED =
      List.of(
          "<script>" + MARK + "</script>",
          "\"><" + MARK + ">",
          "'><img src=x on" + MARK + "=1>",
          "javascript:" + MARK,
          "${7*191}",
          "[[${7*191}]]",
          "__${7*191}__::x",
          "*{7*191}",
          "#{7*191}",
          "@{/x}",
          "' OR 1=1 --",
          "1; DROP TABLE places",
          "../../../../etc/passwd",
          "..\\..\\windows",
          "%2e%2e%2f",
          "\u0000",
          "\r\nSet-Cookie: x=1",
          "%FF",
          "𝕏 Boston",
          "Boston, MA",
          "02134",
          "SEW",
          "us",
          "si",
          "forecast-41.9,-71.2-us");
  private static final List<String> METHODS =
      List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "FOO");
  private static final List<String> CONTENT_TYPES =
      List.of(
          "multipart/form-data",
          "multipart/form-data; boundary=x",
          "application/x-www-form-urlencoded",
          "application/json",
          "text/xml",
          "application/octet-stream",
          "text/plain; charset=nonsense",
          ";;;",
          "*/*");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static WireMockServer nws;
  private static ConfigurableApplicationContext app;
  private static int port;

  @BeforeAll
  static void start() {
    nws = NwsStub.server();
    NwsFixtures.serve(nws, Clock.systemUTC());
    app =
        new SpringApplicationBuilder(WeatherApplication.class)
            .run(
                "--server.port=0",
                "--weather.nws.base-url=" + nws.baseUrl(),
                "--weather.web.wait=1s",
                "--TEMPORAL_ADDRESS=" + TestTemporal.target(),
                "--TEMPORAL_NAMESPACE=" + TestTemporal.newNamespace(HostileInputTest.class),
                "--spring.jmx.enabled=false");
    port = ((WebServerApplicationContext) app).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    app.close();
    nws.stop();
  }

  @RepeatedTest(400)
  void anyParametersAtAnyAddress() throws Exception {
    String path = gen().oneOf(PATHS).get();
    List<Map.Entry<String, String>> parameters =
        Stream.generate(() -> Map.entry(name(), value()))
            .limit(gen().ints().range(0, 5).get())
            .toList();
    String query =
        parameters.stream()
            .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
            .collect(Collectors.joining("&"));
    String address =
        path
            + (path.endsWith("/runs/") ? encode(value()) : "")
            + (query.isEmpty() ? "" : "?" + query);

    HttpResponse<String> response =
        send(HttpRequest.newBuilder(uri(address)).header("Accept", "text/html"));

    assertSafe(response, address, parameters.stream().map(Map.Entry::getValue).toList());
  }

  @RepeatedTest(150)
  void anyMethodAndContentType() throws Exception {
    String path = gen().oneOf(PATHS).get();
    String method = gen().oneOf(METHODS).get();
    String body = value();
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", gen().oneOf(CONTENT_TYPES).get())
                .header("Accept", "application/json"));

    assertSafe(response, method + " " + path, List.of(body));
  }

  private static void assertSafe(HttpResponse<String> response, String request, List<String> sent) {
    assertThat(response.statusCode()).as("status for %s", request).isBetween(200, 499);
    String body = response.body();
    assertThat(body)
        .as("no stack trace or class name for %s", request)
        .doesNotContain("Exception", "\tat ", "at java.", "at org.", "at dev.weather", "Caused by");
    if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
      // A tag the crafted values would open; their text, escaped, may well be shown (the search box
      // keeps it).
      assertThat(body)
          .as("markup from %s, escaped", request)
          .doesNotContain("<" + MARK, "<script>" + MARK, "<img src=x");
    }
    // Unless the request had it already: the address is shown back, and a random path may be
    // /api/runs/1337.34.
    if (!request.contains(EVALUATED)
        && sent.stream().noneMatch(value -> value.contains(EVALUATED))) {
      assertThat(body)
          .as("no template expression from %s evaluated", request)
          .doesNotContain(EVALUATED);
    }
  }

  /**
   * Mostly the app's own parameter names, some nested-looking ({@code q.x}, {@code lat[0]}), some
   * random.
   */
  private static String name() {
    int pick = gen().ints().range(0, 8).get();
    String known = gen().oneOf(NAMES).get();
    return pick < 6
        ? known
        : pick < 8
            ? known + gen().oneOf(".x", "[0]", ".class.module", "[]", ".").get()
            : gen().string().unicode().length(1, 20).get();
  }

  private static String value() {
    return switch (gen().ints().range(0, 12).get()) {
      case 0, 1, 2 -> gen().string().unicode().length(0, 40).get();
      case 3, 4 -> gen().oneOf(NUMBERS).get();
      case 5 -> String.valueOf(gen().doubles().get());
      case 6, 7, 8, 9 -> gen().oneOf(CRAFTED).get();
      case 10 ->
          gen().string().unicode().length(0, 5).get()
              + gen().oneOf(CRAFTED).get()
              + gen().string().unicode().length(0, 5).get();
      default -> gen().string().unicode().length(500, 3_000).get();
    };
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(
        request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String address) {
    return URI.create("http://localhost:" + port + address);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
