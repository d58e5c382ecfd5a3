package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector's two limits, through a real Tomcat and raw sockets. The header deadline is checked
 * by a sweep on the connector's utility executor; most tests turn that {@link Clock} by hand, so
 * that "the sweep has run" needs no waiting for the next second.
 */
class PerAddressProtocolTest {

  private static final String REQUEST = "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n";
  private static final String HEADER_BEGUN = "GET / HTTP/1.1\r\nHost: localhost\r\n";

  @TempDir Path base;

  private final Clock clock = new Clock();
  private final CountDownLatch held = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final List<Socket> sockets = new ArrayList<>();
  private Tomcat tomcat;
  private Connector connector;
  private int port;
  private Path unixSocket;

  @AfterEach
  void stop() throws Exception {
    release.countDown();
    for (Socket socket : sockets) {
      socket.close();
    }
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
    clock.shutdownNow();
  }

  @Test
  void returnsWhatItIsGiven() {
    PerAddressProtocol protocol = new PerAddressProtocol();
    assertThat(protocol.getMaxConnectionsPerAddress()).as("off unless set").isZero();
    assertThat(protocol.getHeaderDeadlineMillis()).as("off unless set").isZero();

    protocol.setMaxConnectionsPerAddress(7);
    protocol.setHeaderDeadlineMillis(4_000);

    assertThat(protocol.getMaxConnectionsPerAddress()).isEqualTo(7);
    assertThat(protocol.getHeaderDeadlineMillis()).isEqualTo(4_000);
  }

  @Test
  void closesAConnectionOverTheLimitOfAnAddressAtOnceAndServesTheOthers() throws Exception {
    start(PerAddressProtocol.class, 2, 0);
    Socket first = served(connect("127.0.0.1"));
    Socket second = served(connect("127.0.0.1"));

    Socket third = connect("127.0.0.1");
    send(third, REQUEST);
    assertThat(answer(third)).as("closed unanswered").isEmpty();

    assertThat(answer(send(first, REQUEST))).as("still open").endsWith("ok");
    assertThat(answer(send(second, REQUEST))).as("still open").endsWith("ok");
  }

  @Test
  void takesAnotherConnectionOnceOneOfTheAddressIsClosed() throws Exception {
    start(PerAddressProtocol.class, 1, 0);
    Socket first = served(connect("127.0.0.1"));
    Socket refused = connect("127.0.0.1");
    assertThat(answer(send(refused, REQUEST))).isEmpty();

    first.close();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () -> assertThat(answer(send(connect("127.0.0.1"), REQUEST))).endsWith("ok"));
  }

  @Test
  void countsTheConnectionsOfEachAddressApart() throws Exception {
    start(PerAddressProtocol.class, 1, 0);
    served(connect("127.0.0.1"));

    Socket other = served(connect("127.0.0.2"));

    assertThat(answer(send(connect("127.0.0.1"), REQUEST))).as("127.0.0.1 has its one").isEmpty();
    assertThat(answer(send(connect("127.0.0.2"), REQUEST))).as("127.0.0.2 has its one").isEmpty();
    assertThat(answer(send(other, REQUEST))).endsWith("ok");
  }

  @Test
  void limitsNoAddressWithALimitOfZero() throws Exception {
    start(PerAddressProtocol.class, 0, 0);

    List<Socket> open = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      open.add(served(connect("127.0.0.1")));
    }

    for (Socket socket : open) {
      assertThat(answer(send(socket, REQUEST))).endsWith("ok");
    }
  }

  @Test
  void limitsNoConnectionWithoutAnAddressAsThroughAUnixDomainSocket() throws Exception {
    unixSocket = base.resolve("weather.sock");
    start(PerAddressProtocol.class, 1, 0);

    try (SocketChannel first = SocketChannel.open(UnixDomainSocketAddress.of(unixSocket));
        SocketChannel second = SocketChannel.open(UnixDomainSocketAddress.of(unixSocket))) {
      assertThat(answer(first)).startsWith("HTTP/1.1 200").endsWith("ok");
      assertThat(answer(second)).startsWith("HTTP/1.1 200").endsWith("ok");
    }
  }

  @Test
  void endsAConnectionWhoseHeaderIsNotWholeByTheDeadlineThoughItKeepsComing() throws Exception {
    start(Cranked.class, 0, 300);
    Socket slow = connect("127.0.0.1");
    long begun = System.nanoTime();
    send(slow, HEADER_BEGUN);

    await()
        .atMost(Duration.ofSeconds(3))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> {
              // A line at a time, each well inside Tomcat's connection timeout.
              try {
                send(slow, "X-Slow: 1\r\n");
              } catch (IOException ended) {
                return true;
              }
              clock.tick();
              return ended(slow);
            });

    assertThat(Duration.ofNanos(System.nanoTime() - begun))
        .as("not before the deadline")
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void servesAHeaderThatIsWholeWithinTheDeadline() throws Exception {
    start(Cranked.class, 0, 10_000);
    Socket socket = connect("127.0.0.1");
    send(socket, HEADER_BEGUN);

    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(2))
        .until(
            () -> {
              clock.tick();
              return !ended(socket);
            });
    send(socket, "\r\n");

    assertThat(answer(socket)).startsWith("HTTP/1.1 200").endsWith("ok");
  }

  @Test
  void leavesARequestBeingServedAndAConnectionBetweenRequestsPastTheDeadline() throws Exception {
    start(Cranked.class, 0, 100);
    Socket between = served(connect("127.0.0.1"));
    Socket serving = connect("127.0.0.1");
    send(serving, "GET /hold HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertThat(held.await(5, TimeUnit.SECONDS)).isTrue();

    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(2))
        .until(
            () -> {
              clock.tick();
              return !ended(serving) && !ended(between);
            });
    release.countDown();

    assertThat(answer(serving)).startsWith("HTTP/1.1 200").endsWith("ok");
    assertThat(answer(send(between, REQUEST))).startsWith("HTTP/1.1 200").endsWith("ok");
  }

  @Test
  void hasNoDeadlineWhenItIsZero() throws Exception {
    start(Cranked.class, 0, 0);
    Socket socket = connect("127.0.0.1");
    send(socket, HEADER_BEGUN);

    await()
        .during(Duration.ofMillis(300))
        .atMost(Duration.ofSeconds(2))
        .until(
            () -> {
              clock.tick();
              return !ended(socket);
            });
    send(socket, "\r\n");

    assertThat(answer(socket)).startsWith("HTTP/1.1 200").endsWith("ok");
  }

  @Test
  void sweepsOnItsOwnEverySecondOrSo() throws Exception {
    start(PerAddressProtocol.class, 0, 100);
    Socket slow = connect("127.0.0.1");
    send(slow, HEADER_BEGUN);

    await()
        .atMost(Duration.ofSeconds(4))
        .pollInterval(Duration.ofMillis(50))
        .until(() -> ended(slow));
  }

  @Test
  void leavesNothingScheduledOnceStopped() throws Exception {
    start(Cranked.class, 0, 500);
    clock.tick();
    assertThat(clock.scheduled()).as("the sweep, and Tomcat's own").hasSizeGreaterThan(1);

    tomcat.stop();

    assertThat(connector.getState()).isEqualTo(LifecycleState.STOPPED);
    assertThat(clock.scheduled()).allMatch(ScheduledFuture::isCancelled);
  }

  @Test
  void stopsWithoutADeadline() throws Exception {
    start(Cranked.class, 3, 0);

    assertThatCode(tomcat::stop).doesNotThrowAnyException();

    assertThat(connector.getState()).isEqualTo(LifecycleState.STOPPED);
    assertThat(clock.scheduled()).allMatch(ScheduledFuture::isCancelled);
  }

  private void start(Class<? extends PerAddressProtocol> protocolClass, int max, long deadline)
      throws Exception {
    tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    connector = new Connector(protocolClass.getName());
    if (unixSocket == null) {
      connector.setPort(0);
      connector.setProperty("address", "127.0.0.1");
    } else {
      connector.setProperty("unixDomainSocketPath", unixSocket.toString());
    }
    PerAddressProtocol protocol = (PerAddressProtocol) connector.getProtocolHandler();
    protocol.setMaxConnectionsPerAddress(max);
    protocol.setHeaderDeadlineMillis(deadline);
    if (protocol instanceof Cranked cranked) {
      cranked.clock = clock;
    }
    tomcat.setConnector(connector);
    StandardContext context = (StandardContext) tomcat.addContext("", null);
    // Tomcat's leak checks on stop, which want the JVM opened to them and have nothing to find
    // here.
    context.setClearReferencesThreadLocals(false);
    context.setClearReferencesRmiTargets(false);
    Tomcat.addServlet(context, "answers", new Answers());
    context.addServletMappingDecoded("/", "answers");
    tomcat.start();
    port = connector.getLocalPort();
  }

  private Socket connect(String from) throws IOException {
    Socket socket =
        new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0);
    sockets.add(socket);
    return socket;
  }

  private static Socket served(Socket socket) throws IOException {
    assertThat(answer(send(socket, REQUEST))).startsWith("HTTP/1.1 200").endsWith("ok");
    return socket;
  }

  private static Socket send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  /** One answer of the servlet's, or what came before the connection ended. */
  private static String answer(Socket socket) throws IOException {
    socket.setSoTimeout(5_000);
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    while (!seen.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\nok")) {
      int b;
      try {
        b = in.read();
      } catch (SocketException reset) {
        break;
      }
      if (b < 0) {
        break;
      }
      seen.write(b);
    }
    return seen.toString(StandardCharsets.US_ASCII);
  }

  /**
   * The servlet's answer to a request over a Unix domain socket, or what came before its end or 5 s
   * of silence.
   */
  private static String answer(SocketChannel channel) throws IOException {
    channel.write(ByteBuffer.wrap(REQUEST.getBytes(StandardCharsets.US_ASCII)));
    channel.configureBlocking(false);
    try (Selector selector = Selector.open()) {
      channel.register(selector, SelectionKey.OP_READ);
      ByteBuffer buffer = ByteBuffer.allocate(1024);
      String seen = "";
      while (!seen.endsWith("\r\n\r\nok") && selector.select(5_000) > 0) {
        selector.selectedKeys().clear();
        if (channel.read(buffer) < 0) {
          break;
        }
        seen = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
      }
      return seen;
    }
  }

  /** Whether the server has ended the connection (having sent nothing on it meanwhile). */
  private static boolean ended(Socket socket) throws IOException {
    socket.setSoTimeout(10);
    try {
      int b = socket.getInputStream().read();
      assertThat(b).as("nothing sent").isNegative();
      return true;
    } catch (SocketTimeoutException open) {
      return false;
    } catch (SocketException reset) {
      return true;
    }
  }

  private final class Answers extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (request.getRequestURI().equals("/hold")) {
        held.countDown();
        try {
          release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      response.setContentType("text/plain");
      response.getWriter().write("ok");
    }
  }

  /**
   * PerAddressProtocol on the test's clock: the connector hands its protocol the server's utility
   * executor just before starting it. Public, with a constructor of no arguments, for the
   * connector.
   */
  public static class Cranked extends PerAddressProtocol {
    volatile Clock clock;

    @Override
    public void start() throws Exception {
      setUtilityExecutor(clock);
      super.start();
    }
  }

  /**
   * A utility executor whose periodic tasks run when the test turns it ({@link #tick}), as if their
   * next second had come, and never on their own.
   */
  static final class Clock extends ScheduledThreadPoolExecutor {

    private final List<Held> held = new CopyOnWriteArrayList<>();

    Clock() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(
        Runnable command, long initialDelay, long delay, TimeUnit unit) {
      return hold(command);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(
        Runnable command, long initialDelay, long period, TimeUnit unit) {
      return hold(command);
    }

    private ScheduledFuture<?> hold(Runnable command) {
      ScheduledFuture<?> future = super.scheduleWithFixedDelay(command, 1, 1, TimeUnit.DAYS);
      held.add(new Held(command, future));
      return future;
    }

    /** Runs each periodic task not cancelled, here and now. */
    void tick() {
      for (Held task : held) {
        if (!task.future().isDone()) {
          task.command().run();
        }
      }
    }

    List<ScheduledFuture<?>> scheduled() {
      return held.stream().<ScheduledFuture<?>>map(Held::future).toList();
    }

    private record Held(Runnable command, ScheduledFuture<?> future) {}
  }
}
