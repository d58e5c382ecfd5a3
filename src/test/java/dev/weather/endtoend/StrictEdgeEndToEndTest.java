package dev.weather.endtoend;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.weather.demo.LongAnswers;
import dev.weather.demo.NwsStub;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The app's edges, through real HTTP, Temporal's dev server and WireMock playing NWS: what NWS
 * sends that the app cannot use, redirects away from NWS, and the headers every response carries.
 */
@ExtendWith(OutputCaptureExtension.class)
@EndToEnd(
    properties = {
      "weather.retry.total=10s",
      "weather.retry.initial-interval=500ms",
      "weather.web.wait=15s"
    })
class StrictEdgeEndToEndTest {

  /** Another host, as far as the app can tell: a redirect must never reach it. */
  @RegisterExtension static WireMockExtension elsewhere = NwsStub.extension();

  private static final String FORECAST = "/gridpoints/BOX/70,82/forecast";

  private final WireMockServer nws;
  private final App app;

  StrictEdgeEndToEndTest(WireMockServer nws, App app) {
    this.nws = nws;
    this.app = app;
  }

  @Test
  void triesAPointItCannotUseAFewTimesThenSaysSoWithoutBlamingNwsAvailability() throws Exception {
    nws.stubFor(
        get("/points/41.95,-71.17")
            .atPriority(0)
            .willReturn(
                okJson(
                    "{\"properties\": {\"gridId\": \"../../points\", \"gridX\": 70, \"gridY\": 82}}")));

    HttpResponse<String> page = app.open("/weather?lat=41.95&lon=-71.17");

    assertThat(page.statusCode()).isEqualTo(502);
    assertThat(page.body())
        .contains("The National Weather Service sent an answer this app cannot use")
        .doesNotContain("not answering");
    nws.verify(3, getRequestedFor(urlPathEqualTo("/points/41.95,-71.17")));
  }

  @Test
  void neverFollowsARedirectAwayFromNws() throws Exception {
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", elsewhere.baseUrl() + FORECAST + "?units=us")));

    HttpResponse<String> page = app.open("/weather?lat=41.94&lon=-71.16");

    assertThat(page.statusCode()).isEqualTo(502);
    assertThat(page.body())
        .contains("The National Weather Service sent an answer this app cannot use");
    nws.verify(1, getRequestedFor(urlPathEqualTo(FORECAST)));
    assertThat(elsewhere.getAllServeEvents()).isEmpty();
  }

  @Test
  void keepsThePageOfTheLongestAnswersNwsCouldSendUnderItsStatedSize() throws Exception {
    // Each answer valid and just under the 2 MB read at most, with more periods, hours, alerts and
    // station readings than NWS sends and texts ten to a hundred times longer than NWS's.
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    nws.stubFor(
        get(urlPathEqualTo(FORECAST))
            .atPriority(0)
            .willReturn(okJson(LongAnswers.forecast(200, Duration.ofHours(12), start, 100))));
    nws.stubFor(
        get(urlPathEqualTo(FORECAST + "/hourly"))
            .atPriority(0)
            .willReturn(okJson(LongAnswers.forecast(800, Duration.ofHours(1), start, 30))));
    nws.stubFor(
        get(urlPathEqualTo("/alerts/active"))
            .atPriority(0)
            .willReturn(okJson(LongAnswers.alerts(50, start.plusDays(1), 200))));
    nws.stubFor(
        get(urlPathEqualTo("/stations/KOWD/observations"))
            .atPriority(0)
            .willReturn(
                okJson(
                    LongAnswers.observations(
                        400, Duration.ofMinutes(4), OffsetDateTime.now(ZoneOffset.UTC), 100))));

    HttpResponse<String> page = app.open("/weather?lat=41.93&lon=-71.15");
    HttpResponse<String> api = app.open("/api/forecast?lat=41.93&lon=-71.15");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Flood Warning", "Turn around, don");
    assertThat(api.statusCode()).isEqualTo(200);
    JsonNode report = new ObjectMapper().readTree(api.body());
    assertThat(report.at("/forecast/periods").size()).isEqualTo(16);
    assertThat(report.at("/hourly").size()).as("the next 48 hours").isEqualTo(48);
    assertThat(report.at("/alerts").size()).isEqualTo(20);
    assertThat(report.at("/history").size())
        .as("a reading for each hour of the last day and the one under way, at most")
        .isBetween(24, 25);
    assertThat(report.at("/unavailable").size()).as("every part in").isZero();
    assertThat(page.body().length()).as("README, Limits").isLessThan(1 << 20);
    assertThat(api.body().length()).as("README, Limits").isLessThan(1 << 20);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/weather?lat=41.967&lon=-71.189",
        "/api/forecast?lat=41.967&lon=-71.189",
        "/weather?lat=banana&lon=-71.189",
        "/api/forecast?lat=banana&lon=-71.189",
        "/no-such-page",
        "/assets/css/weather.css",
        "/actuator/health",
        "/actuator/health/a/b",
        "/WEB-INF/web.xml",
        "/META-INF/MANIFEST.MF"
      })
  void everyResponseCarriesTheSecurityHeaders(String path) throws Exception {
    HttpResponse<String> response = app.open(path);

    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValue(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Strict-Transport-Security"))
        .as("plain HTTP")
        .isEmpty();
  }

  @Test
  void neverLetsTheBrowserKeepAPageAtARunsAddress() throws Exception {
    app.open("/weather?lat=41.967&lon=-71.189");

    HttpResponse<String> run = app.open("/weather/runs/forecast-41.967,-71.189-us");

    assertThat(run.statusCode()).isEqualTo(200);
    assertThat(run.body()).contains("<h1>Norton, MA</h1>");
    assertThat(run.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(run.headers().firstValue("ETag")).isEmpty();
  }

  @Test
  void servesStaticFilesUnderAssetsOnly() throws Exception {
    assertThat(app.open("/assets/css/weather.css").statusCode()).isEqualTo(200);
    assertThat(app.open("/css/weather.css").statusCode()).isEqualTo(404);
    assertThat(app.open("/assets/icons/sun.svg").statusCode()).isEqualTo(200);
  }

  @Test
  void servesStaticFilesAtVersionedAddressesCachedForAYear() throws Exception {
    String page = app.open("/weather?lat=41.967&lon=-71.189").body();
    String stylesheet =
        page.replaceFirst("(?s).*href=\"(/assets/css/weather-[0-9a-f]{32}\\.css)\".*", "$1");
    assertThat(stylesheet).startsWith("/assets/css/weather-");

    HttpResponse<String> css = app.open(stylesheet);

    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000"));
    // The page itself is checked again every time (a 304 while it has not changed), and kept by the
    // browser only.
    assertThat(app.open("/weather?lat=41.967&lon=-71.189").headers().firstValue("Cache-Control"))
        .hasValue("no-cache, private");
  }

  @Test
  void marksTheUnitsCookieSecureOnlyWhenThePageCameOverHttps() throws Exception {
    HttpResponse<String> plain = app.open("/weather?lat=41.967&lon=-71.189&units=si");
    HttpResponse<String> proxied =
        app.open("/weather?lat=41.967&lon=-71.189&units=si", "X-Forwarded-Proto", "https");

    assertThat(plain.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).doesNotContain("Secure"));
    assertThat(proxied.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(c -> assertThat(c).contains("Secure"));
    assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/weather?q.x=1&lat=41.967&lon=-71.189",
        "/weather?lat.x=1&lat=41.967&lon=-71.189",
        "/weather?units.foo=1&lat=41.967&lon=-71.189",
        "/weather?q%5B0%5D=1&lat=41.967&lon=-71.189",
        "/api/forecast?q.x=1&lat=41.967&lon=-71.189"
      })
  void ignoresParameterNamesThatLookNested(String path) throws Exception {
    HttpResponse<String> response = app.open(path);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Norton, MA");
  }

  @Test
  void ignoresAMultipartContentTypeOnAGet() throws Exception {
    HttpResponse<String> response =
        app.open("/weather?lat=41.967&lon=-71.189", "Content-Type", "multipart/form-data");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("BOX 70,82");
  }

  @Test
  void answersAQueryThatDoesNotDecodeWith400AndOneLogLine(CapturedOutput output) throws Exception {
    HttpResponse<String> response = app.open("/weather?q=%FF" + "x".repeat(300));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("<h1>");
    assertThat(output.getAll())
        .contains("Unreadable parameters on /weather: q=%FF" + "x".repeat(95) + "…")
        .doesNotContain("MalformedInputException", "x".repeat(101));
  }

  @Test
  void logsNoLongRequestHeader(CapturedOutput output) throws Exception {
    HttpResponse<String> response =
        app.open("/api/forecast?lat=41.967&lon=-71.189", "Accept", "x".repeat(7000));

    assertThat(response.statusCode()).isEqualTo(406);
    assertThat(output.getAll()).doesNotContain("x".repeat(200));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/error", "/error;x=1", "/%65rror", "/err%6Fr"})
  void answersTheErrorPagesOwnAddressWithItsOwn404(String path) throws Exception {
    HttpResponse<String> response = app.open(path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("<h1>").doesNotContain("999", "Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "image/png", "*/*", ";;;"})
  void answersErrorsAsProblemJsonToAnyoneButABrowser(String accept) throws Exception {
    HttpResponse<String> response = app.open("/no-such-page", "Accept", accept);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains(
            "\"title\":\"There is no page here\"",
            "\"status\":404",
            "\"instance\":\"/no-such-page\"")
        .doesNotContain("timestamp", "/error");
  }

  @Test
  void answersErrorsAsTheAppsPageToABrowser() throws Exception {
    HttpResponse<String> response = app.open("/no-such-page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(response.body()).contains("<h1>There is no page here</h1>");
  }

  @Test
  void answersAMethodTheApiDoesNotServeWithProblemJson() throws Exception {
    HttpResponse<String> response =
        app.send(app.request("/api/forecast?q=Boston").DELETE().build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("Method Not Allowed");
  }

  @Test
  void answersARequestTheContainerRejectsWithProblemJsonAndOneLogLine(CapturedOutput output)
      throws Exception {
    String response =
        sendRaw(
            "GET /weather HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

    assertThat(response)
        .startsWith("HTTP/1.1 400")
        .contains(
            "Content-Type: application/problem+json",
            "Content-Security-Policy: default-src 'self';",
            "X-Content-Type-Options: nosniff",
            "\"title\":\"That request is not valid\"")
        .doesNotContain("HTTP Status 400", "Tomcat");
    assertThat(output.getAll())
        .contains("Rejected before reaching the app: 400")
        .doesNotContain("Request header is too large\n\tat ", "a".repeat(101));
  }

  @Test
  void readsCharactersSomeClientsLeaveUnencodedInAQuery() throws Exception {
    String response =
        sendRaw(
            "GET /weather?q=[x]{y}|<b>\" HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/html\r\nConnection: close\r\n\r\n");

    assertThat(response).as("the app's page, not Tomcat's 400").contains("<main id=\"content\"");
    assertThat(response).contains("<h1>That location is not valid</h1>").doesNotContain("<b>\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/actuator/health/a/b",
        "/actuator/health/no-such-part",
        "/actuator/health/x;y/z",
        "/actuator",
        "/actuator/env"
      })
  void answersActuatorAddressesThatAreNotThereWithProblemJson(String path, CapturedOutput output)
      throws Exception {
    HttpResponse<String> response = app.open(path, "Accept", "application/json");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(output.getAll())
        .doesNotContain("IllegalStateException", "'contributor' must not be null");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/actuator/health/temporal",
        "/actuator/health/liveness",
        "/actuator/health/readiness"
      })
  void servesTheHealthGroupsAndComponents(String path) throws Exception {
    assertThat(app.open(path, "Accept", "application/json").statusCode()).isEqualTo(200);
  }

  @Test
  void publishesNoMetricThatNamesADirectory() throws Exception {
    assertThat(app.open("/actuator/prometheus", "Accept", "text/plain").body())
        .contains("jvm_")
        .doesNotContain("disk_");
  }

  @Test
  void answersAnErrorPageAsHtmlWhateverTheAddressEndsWith() throws Exception {
    HttpResponse<String> response = app.open("/weather/runs/x.json");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
  }

  @Test
  void answersRequestsTomcatTurnsAwayWithTheHeaders() throws Exception {
    String cookies =
        IntStream.range(0, 500).mapToObj(i -> "c" + i + "=1").collect(Collectors.joining("; "));
    for (String request :
        List.of(
            "TRACE / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nCookie: "
                + cookies
                + "\r\nConnection: close\r\n\r\n")) {
      String response = sendRaw(request);

      assertThat(response)
          .as(request.substring(0, 10))
          .matches("(?s)HTTP/1.1 4\\d\\d .*")
          .contains(
              "Content-Security-Policy: default-src 'self';", "X-Content-Type-Options: nosniff");
    }
  }

  @Test
  void logsNoMalformedCookieHeader(CapturedOutput output) throws Exception {
    String response =
        sendRaw(
            "GET / HTTP/1.1\r\nHost: localhost\r\nCookie: <x>"
                + "A".repeat(3000)
                + "\r\nConnection: close\r\n\r\n");

    assertThat(response).as("the cookie is ignored").startsWith("HTTP/1.1 200");
    assertThat(output.getAll()).doesNotContain("A".repeat(200));
  }

  @Test
  void closesAConnectionWhoseBodyNeverComes() throws Exception {
    try (Socket socket = new Socket("localhost", app.port())) {
      socket.setSoTimeout(90_000);
      socket
          .getOutputStream()
          .write(
              ("GET /weather?lat=41.967&lon=-71.189 HTTP/1.1\r\nHost: localhost\r\n"
                      + "Transfer-Encoding: chunked\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      long start = System.nanoTime();

      socket.getInputStream().readAllBytes(); // the page, then the end of the connection

      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .as("Tomcat's default would hold it for 60 s")
          .isLessThan(Duration.ofSeconds(30));
    }
  }

  @Test
  void answersNothingToARequestInHttp09Form() throws Exception {
    assertThat(sendRaw("GET /\r\n")).as("no page without headers").isEmpty();
    assertThat(sendRaw("GET / HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 200");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bytes=999999-", "bytes=0-9", "bytes=0-0,5-5"})
  void sendsStaticFilesWholeWhateverRangeIsAsked(String range) throws Exception {
    String stylesheet = "/assets/css/weather.css";
    HttpResponse<String> whole = app.open(stylesheet);

    HttpResponse<String> asked = app.open(stylesheet, "Range", range);
    HttpResponse<String> unmatched =
        app.open(stylesheet, "Range", range, "If-Range", "\"not-this-one\"");

    for (HttpResponse<String> response : List.of(asked, unmatched)) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(whole.body());
      assertThat(response.headers().firstValue("Content-Range")).isEmpty();
    }
    assertThat(whole.headers().firstValue("Accept-Ranges")).as("none offered").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/no-such-page", "/assets/no-such-file.css", "/assets/css/../../application.yaml"})
  void neverLetsAnErrorBeKeptAndSaysItsBodyDependsOnAccept(String path) throws Exception {
    for (String accept : List.of("text/html", "application/json")) {
      HttpResponse<String> response = app.open(path, "Accept", accept);

      assertThat(response.statusCode()).isBetween(400, 499);
      assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
      assertThat(
              String.join(",", response.headers().allValues("Vary"))
                  .toLowerCase()
                  .split("\\s*,\\s*"))
          .contains("accept");
    }
  }

  /** A request written byte for byte, as no HTTP client library would send it; the whole answer. */
  private String sendRaw(String request) throws Exception {
    try (Socket socket = new Socket("localhost", app.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
