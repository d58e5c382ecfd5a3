package dev.weather.endtoend;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.weather.demo.LongAnswers;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Clients that hold on: many that ask for a page and never read it, many that send their headers a
 * line at a time. Meanwhile a person's page is answered at once, through real HTTP, the real
 * Temporal server and WireMock playing NWS. Tomcat is given 200 connections here, and an address 50
 * of them.
 */
@ExtendWith(OutputCaptureExtension.class)
@EndToEnd(
    properties = {
      "server.tomcat.max-connections=200",
      "weather.web.max-connections-per-address=50",
      "weather.web.write-deadline=3s",
      "weather.web.header-deadline=3s"
    })
class SlowClientsEndToEndTest {

  private static final String PAGE = "/weather?lat=41.967&lon=-71.189";
  private static final String LONGEST = "/weather?lat=41.93&lon=-71.15";

  /**
   * The server's socket buffers as small as a slow client over the internet leaves them (on
   * loopback the kernel would take a whole page at once): what the client does not read stays with
   * the app.
   */
  @TestConfiguration(proxyBeanMethods = false)
  static class SmallSocketBuffers {
    @Bean
    TomcatConnectorCustomizer smallSendBuffer() {
      return connector -> connector.setProperty("socket.txBufSize", "8192");
    }
  }

  private final List<Socket> sockets = new ArrayList<>();

  private final WireMockServer nws;
  private final App app;

  SlowClientsEndToEndTest(WireMockServer nws, App app) {
    this.nws = nws;
    this.app = app;
  }

  @BeforeEach
  void cacheThePage() {
    assertThat(app.open(PAGE).body()).as("the page, cached").contains("<h1>Norton, MA</h1>");
  }

  @AfterEach
  void hangUp() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  @Test
  void answersAPersonPromptlyWhileManyClientsNeverReadTheirPages() throws Exception {
    longestPage();
    for (int i = 0; i < 40; i++) {
      slowReader(InetAddress.getLoopbackAddress()).getOutputStream().write(request(LONGEST, 4));
    }
    Thread.sleep(1_000);

    long start = System.nanoTime();
    HttpResponse<String> page = app.open(PAGE);

    assertThat(page.body()).contains("<h1>Norton, MA</h1>");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void dropsAnAnswerNotTakenWithinTheWriteDeadline(CapturedOutput output) throws Exception {
    longestPage();
    Socket socket = slowReader(InetAddress.getLoopbackAddress());
    socket.getOutputStream().write(request(LONGEST, 1));
    Thread.sleep(4_000);

    socket.setSoTimeout(10_000);
    long read = socket.getInputStream().transferTo(OutputStream.nullOutputStream());

    assertThat(read).as("the connection ended before the page was out").isLessThan(400_000);
    assertThat(output.getAll()).as("an expected end, no stack trace").doesNotContain("Exception");
  }

  @Test
  void answersAPersonPromptlyWhileOneAddressDribblesHeadersOnManyConnections() throws Exception {
    InetAddress elsewhere = InetAddress.getByName("127.0.0.2");
    for (int i = 0; i < 300; i++) {
      Socket socket = new Socket();
      socket.bind(new InetSocketAddress(elsewhere, 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), app.port()));
      socket
          .getOutputStream()
          .write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
      sockets.add(socket);
    }
    Thread.sleep(1_000);
    int refused = 0;
    for (Socket socket : sockets) {
      // Short: the 50 held connections cost this each, and all must be looked at well within the
      // 3 s header deadline, which would end them too.
      socket.setSoTimeout(5);
      try {
        socket.getOutputStream().write("X-Line: 1\r\n".getBytes(StandardCharsets.US_ASCII));
        refused += socket.getInputStream().read() == -1 ? 1 : 0;
      } catch (SocketTimeoutException held) {
        // Still open, waiting for the rest of the headers.
      } catch (IOException closed) {
        refused++;
      }
    }

    long start = System.nanoTime();
    HttpResponse<String> page = app.open(PAGE);

    assertThat(page.body()).contains("<h1>Norton, MA</h1>");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(refused).as("all but the 50 an address may hold").isEqualTo(250);
  }

  @Test
  void endsAConnectionWhoseHeaderIsNotWholeWithinTheHeaderDeadlineHoweverOftenItSendsALine()
      throws Exception {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), app.port()));
    sockets.add(socket);
    socket
        .getOutputStream()
        .write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
    long start = System.nanoTime();

    // A line a second: each well within the 5 s connection timeout, which restarts with every byte.
    boolean open = true;
    for (int line = 0; line < 20 && open; line++) {
      Thread.sleep(1_000);
      try {
        socket
            .getOutputStream()
            .write(("X-Line-" + line + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.setSoTimeout(1);
        open = socket.getInputStream().read() != -1;
      } catch (SocketTimeoutException stillOpen) {
        // Nothing to read yet: the server waits for the rest of the header.
      } catch (IOException closed) {
        open = false;
      }
    }

    assertThat(open).as("closed by the server").isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("the 3 s deadline, found within a second")
        .isLessThan(Duration.ofSeconds(6));
    assertThat(app.open(PAGE).statusCode()).as("a whole header in time is served").isEqualTo(200);
  }

  /** Serves the longest page there can be (docs/OPERATIONS.md, "Limits"): about 530 KB. */
  private void longestPage() throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    nws.stubFor(
        get(urlPathEqualTo("/gridpoints/BOX/70,82/forecast"))
            .atPriority(0)
            .willReturn(okJson(LongAnswers.forecast(200, Duration.ofHours(12), now, 100))));
    nws.stubFor(
        get(urlPathEqualTo("/alerts/active"))
            .atPriority(0)
            .willReturn(okJson(LongAnswers.alerts(50, now.plusDays(1), 200))));
    assertThat(app.open(LONGEST).body().length()).isGreaterThan(400_000);
  }

  /**
   * A client with a small window: the page stays in the server's hands until it reads, which it
   * does not.
   */
  private Socket slowReader(InetAddress from) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(1024);
    socket.bind(new InetSocketAddress(from, 0));
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), app.port()));
    sockets.add(socket);
    return socket;
  }

  private static byte[] request(String path, int times) {
    return ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n\r\n")
        .repeat(times)
        .getBytes(StandardCharsets.US_ASCII);
  }
}
