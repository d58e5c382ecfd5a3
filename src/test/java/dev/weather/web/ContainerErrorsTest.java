package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.ValveBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Through a real Tomcat, made by Spring Boot's factory as the app's is: first the error report
 * valve Spring Boot's own customizer adds, then {@link ContainerErrors}.
 */
@ExtendWith(OutputCaptureExtension.class)
class ContainerErrorsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TomcatWebServer server;

  @BeforeEach
  void start() {
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
    factory.addContextCustomizers(
        context -> {
          // As Spring Boot's customizer does with server.error.include-stacktrace=never.
          ErrorReportValve boots = new ErrorReportValve();
          boots.setShowReport(false);
          boots.setShowServerInfo(false);
          context.getParent().getPipeline().addValve(boots);
          context.getParent().getPipeline().addValve(new Marking());
        });
    new ContainerErrors().customize(factory);
    server =
        (TomcatWebServer)
            factory.getWebServer(
                servletContext ->
                    servletContext.addServlet("answers", new Answers()).addMapping("/"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.destroy();
  }

  @Test
  void comesAfterSpringBootsOwnCustomizer() {
    assertThat(new ContainerErrors().getOrder()).isEqualTo(Ordered.LOWEST_PRECEDENCE);
  }

  @Test
  void givesTheHostItsValveInPlaceOfTomcatsAndKeepsTheHostsOtherValves() {
    Host host = server.getTomcat().getHost();

    assertThat(((StandardHost) host).getErrorReportValveClass())
        .isEqualTo(ContainerErrors.Valve.class.getName());
    Valve[] valves = host.getPipeline().getValves();
    assertThat(valves)
        .filteredOn(ErrorReportValve.class::isInstance)
        .extracting(Object::getClass)
        .containsExactly(ContainerErrors.Valve.class);
    assertThat(valves).hasAtLeastOneElementOfType(Marking.class);
  }

  @Test
  void answersAHeaderOverTheLimitWithAProblemInTheAppsWordsAndOneLogLine(CapturedOutput output)
      throws IOException {
    String response =
        send(
            "GET /weather HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

    assertIsTheProblemOf400(response);
    assertThat(output.getAll())
        .containsOnlyOnce("Rejected before reaching the app: 400 for GET /weather");
  }

  @Test
  void answersARequestLineTomcatCannotParseWithAProblemInTheAppsWords(CapturedOutput output)
      throws IOException {
    String response = send("G(T / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertIsTheProblemOf400(response);
    assertThat(output.getAll()).containsOnlyOnce("Rejected before reaching the app: 400");
  }

  @Test
  void answersAnErrorTheAppSendsWithoutABodyWithTheProblemOfItsStatus() throws IOException {
    String response = send("GET /missing HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 404");
    assertThat(headers(response)).contains("Content-Type: application/problem+json;charset=UTF-8");
    Failure failure = Failure.ofStatus(404);
    assertThat(JSON.readValue(body(response), Map.class))
        .containsExactly(
            Map.entry("title", failure.title()),
            Map.entry("status", 404),
            Map.entry("detail", failure.message()));
  }

  @Test
  void leavesAnErrorWithTheAppsOwnBodyAlone() throws IOException {
    String response = send("GET /own HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 500");
    assertThat(headers(response))
        .contains("Content-Type: text/plain")
        .doesNotContain("problem+json", "Content-Security-Policy");
    assertThat(body(response)).isEqualTo("its own words");
  }

  @Test
  void leavesAnAnswerThatIsNoErrorAlone() throws IOException {
    String response = send("GET /empty HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 204");
    assertThat(headers(response)).doesNotContain("problem+json", "Content-Security-Policy");
    assertThat(body(response)).isEmpty();
  }

  private static void assertIsTheProblemOf400(String response) throws IOException {
    assertThat(response)
        .startsWith("HTTP/1.1 400")
        .doesNotContain("HTTP Status", "<html", "Tomcat");
    assertThat(headers(response))
        .contains(
            "Content-Type: application/problem+json;charset=UTF-8",
            "Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options: nosniff",
            "X-Frame-Options: DENY",
            "X-Host-Valve: kept");
    Failure failure = Failure.ofStatus(400);
    assertThat(JSON.readValue(body(response), Map.class))
        .containsExactly(
            Map.entry("title", "That request is not valid"),
            Map.entry("status", 400),
            Map.entry("detail", failure.message()));
  }

  private String send(String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getPort())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String headers(String response) {
    return response.substring(0, response.indexOf("\r\n\r\n"));
  }

  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }

  /** Another valve of the host's. */
  private static final class Marking extends ValveBase {
    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
      response.setHeader("X-Host-Valve", "kept");
      getNext().invoke(request, response);
    }
  }

  private static final class Answers extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      switch (request.getRequestURI()) {
        case "/missing" -> response.sendError(404);
        case "/own" -> {
          response.setStatus(500);
          response.setContentType("text/plain");
          response.getWriter().write("its own words");
        }
        case "/empty" -> response.setStatus(204);
        default -> response.getWriter().write("ok");
      }
    }
  }
}
