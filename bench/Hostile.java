import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.weather.demo.LongAnswers;
import dev.weather.demo.NwsFixtures;
import dev.weather.forecast.Coordinates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The attacks of issue 21, against a running app: an NWS that answers gzip bombs and the longest valid answers,
 * clients that never read, that dribble headers from one address, that flood the suggestions. Meanwhile a person
 * views a cached page every 100 ms. Prints, per attack, the person's page times and the app's heap after a full GC.
 * This program plays NWS itself (start it first; the app's {@code weather.nws.base-url} points at it).
 *
 * <p>Usage: {@code java -cp APP_CLASSPATH:target/bench Hostile NWS_PORT APP_URL APP_PID}, the app started (or
 * starting) with {@code --weather.nws.base-url=http://127.0.0.1:NWS_PORT}; bench/hostile.sh runs both.
 */
public class Hostile {

  private static final String NORTON = "/points/41.967,-71.189";
  private static final String NORTON_GRID = "/gridpoints/BOX/70,82";
  private static final String PERSON = "/weather?lat=41.967&lon=-71.189";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static String app;
  private static String pid;
  private static WireMockServer nws;

  public static void main(String[] args) throws Exception {
    nws = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").port(Integer.parseInt(args[0]))
        .containerThreads(100).disableRequestJournal().extensions(NwsFixtures.extensions()));
    nws.start();
    NwsFixtures.serve(nws, Clock.systemUTC());
    app = args[1];
    pid = args[2];
    for (int i = 0; i < 600 && !serves(); i++) {
      Thread.sleep(200);
    }
    System.out.println("| attack | its requests | person's pages | p50 ms | max ms | heap after GC MB |");
    System.out.println("|---|---|---|---|---|---|");
    row("none (the person alone, 10 s)", "", () -> Thread.sleep(10_000));

    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    byte[] bomb = bomb(1L << 30);
    row("1 GB gzip bombs (" + bomb.length / 1024 + " KB sent) for the forecast, hourly and alerts of 20 new places",
        "20 views", () -> views(0, 20, place -> bombed(bomb)));
    row("the longest valid answers (200 periods, 800 hours, 50 alerts, each under 2 MB) for 60 new places",
        "60 views, then 60 more", () -> {
          views(100, 60, place -> longest(now));
          views(100, 60, place -> longest(now));
        });
    row("50 MB of junk for the forecast of 10 new places", "10 views",
        () -> views(200, 10, place -> junk(50 << 20)));
    row("40 clients asking 4 times each for the longest page and never reading (20 s)", "160 pages",
        () -> slowReaders(40, 4));
    row("300 connections from 127.0.0.2 sending a header line every 2 s (20 s)", "300 connections",
        () -> slowHeaders(300));
    row("8 clients flooding /api/places?q=s (20 s)", "", () -> suggestionFlood(8));
    nws.stop();
  }

  private static boolean serves() {
    try {
      return HTTP.send(request(PERSON), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** Runs {@code attack} while the person views the page; prints the row. */
  private static void row(String attack, String requests, Attack work) throws Exception {
    List<Long> times = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    Thread person = new Thread(() -> {
      while (running.get()) {
        long start = System.nanoTime();
        try {
          HTTP.send(request(PERSON), HttpResponse.BodyHandlers.discarding());
          times.add((System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
          times.add(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          return;
        }
        sleep(100);
      }
    });
    HTTP.send(request(PERSON), HttpResponse.BodyHandlers.discarding());
    person.start();
    work.run();
    running.set(false);
    person.join();
    List<Long> sorted = times.stream().sorted().toList();
    long max = sorted.get(sorted.size() - 1);
    System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %s | %d |%n", attack, requests, sorted.size(),
        sorted.get(sorted.size() / 2), max == Long.MAX_VALUE ? "failed" : String.valueOf(max), heapAfterGc());
  }

  interface Attack {
    void run() throws Exception;
  }

  /** Views {@code count} new places at once, each place's grid cell answering as {@code answers} says. */
  private static void views(int first, int count, Function<Integer, Cell> answers) throws Exception {
    List<CompletableFuture<HttpResponse<Void>>> pages = new ArrayList<>();
    for (int n = first; n < first + count; n++) {
      // As the app writes it, two decimals at most (NWS's own precision; more would be redirected).
      String point = Coordinates.degrees(41.0 + n * 0.01) + "," + Coordinates.degrees(-71.4);
      String grid = "/gridpoints/BOX/" + (300 + n) + ",82";
      playAt(point, grid, answers.apply(n));
      pages.add(HTTP.sendAsync(request("/weather?lat=" + point.replace(",", "&lon=")),
          HttpResponse.BodyHandlers.discarding()));
    }
    CompletableFuture.allOf(pages.toArray(CompletableFuture[]::new)).join();
    // Until the runs end: the page waits 2 s, the runs retry for 30 s at most.
    Thread.sleep(35_000);
  }

  /** What a place's grid cell answers: forecast, hourly forecast and alerts. */
  record Cell(ResponseDefinitionBuilder forecast, ResponseDefinitionBuilder hourly, ResponseDefinitionBuilder alerts) {}

  private static Cell bombed(byte[] bomb) {
    return new Cell(gzipped(bomb), gzipped(bomb), gzipped(bomb));
  }

  private static ResponseDefinitionBuilder gzipped(byte[] body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/geo+json")
        .withHeader("Content-Encoding", "gzip").withBody(body);
  }

  private static Cell longest(OffsetDateTime now) {
    return new Cell(okJson(LongAnswers.forecast(200, Duration.ofHours(12), now, 100)),
        okJson(LongAnswers.forecast(800, Duration.ofHours(1), now, 30)),
        okJson(LongAnswers.alerts(50, now.plusDays(1), 200)));
  }

  private static Cell junk(int bytes) {
    String body = "x".repeat(bytes);
    Instant now = Instant.now();
    return new Cell(okJson(body), okJson(NwsFixtures.body(NORTON_GRID + "/forecast/hourly", now)),
        okJson("{\"features\": []}"));
  }

  /** The point answers as Norton's does but with a grid cell of its own, whose parts answer as {@code cell} says. */
  private static void playAt(String point, String grid, Cell cell) {
    Instant now = Instant.now();
    String x = grid.substring(grid.lastIndexOf('/') + 1, grid.indexOf(','));
    String points = NwsFixtures.body(NORTON, now).replace("/70,82", "/" + x + ",82")
        .replaceFirst("\"gridX\"\\s*:\\s*70", "\"gridX\":" + x);
    nws.stubFor(get(urlPathEqualTo("/points/" + point)).atPriority(1).willReturn(okJson(points)));
    nws.stubFor(get(urlPathEqualTo(grid + "/forecast")).atPriority(1).willReturn(cell.forecast()));
    nws.stubFor(get(urlPathEqualTo(grid + "/forecast/hourly")).atPriority(1).willReturn(cell.hourly()));
    nws.stubFor(get(urlPathEqualTo(grid + "/stations")).atPriority(1)
        .willReturn(okJson(NwsFixtures.body(NORTON_GRID + "/stations", now))));
    nws.stubFor(get(urlPathEqualTo("/alerts/active")).withQueryParam("point", equalTo(point)).atPriority(1)
        .willReturn(cell.alerts()));
  }

  private static void slowReaders(int clients, int times) throws Exception {
    String longest = "/weather?lat=" + Coordinates.degrees(41.0 + 100 * 0.01) + "&lon=-71.4";
    List<Socket> sockets = new ArrayList<>();
    URI at = URI.create(app);
    for (int i = 0; i < clients; i++) {
      Socket socket = new Socket();
      socket.setReceiveBufferSize(1024);
      socket.connect(new InetSocketAddress(at.getHost(), at.getPort()));
      socket.getOutputStream().write(("GET " + longest + " HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n")
          .repeat(times).getBytes(StandardCharsets.US_ASCII));
      sockets.add(socket);
    }
    Thread.sleep(20_000);
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  private static void slowHeaders(int connections) throws Exception {
    List<Socket> sockets = new ArrayList<>();
    URI at = URI.create(app);
    for (int i = 0; i < connections; i++) {
      Socket socket = new Socket();
      socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
      socket.connect(new InetSocketAddress(at.getHost(), at.getPort()));
      socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      sockets.add(socket);
    }
    for (int line = 0; line < 10; line++) {
      Thread.sleep(2_000);
      for (Socket socket : sockets) {
        try {
          socket.getOutputStream().write(("X-" + line + ": 1\r\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException closed) {
          // Refused by the app.
        }
      }
    }
    for (Socket socket : sockets) {
      socket.close();
    }
  }

  private static void suggestionFlood(int clients) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        while (System.nanoTime() < until) {
          try {
            HTTP.send(request("/api/places?q=s"), HttpResponse.BodyHandlers.discarding());
          } catch (IOException | InterruptedException e) {
            return;
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
  }

  /** {@code bytes} spaces, gzipped: about a thousandth of that as sent. */
  private static byte[] bomb(long bytes) throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (OutputStream gzip = new GZIPOutputStream(packed, 1 << 16) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      for (long written = 0; written < bytes; written += spaces.length) {
        gzip.write(spaces);
      }
    }
    return packed.toByteArray();
  }

  /** The app's heap after a full collection, from its own metrics. */
  private static long heapAfterGc() throws Exception {
    new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true).start().waitFor();
    HttpRequest scrape = HttpRequest.newBuilder(URI.create(app + "/actuator/prometheus")).header("Accept", "text/plain")
        .build();
    String metrics = HTTP.send(scrape, HttpResponse.BodyHandlers.ofString()).body();
    double used = metrics.lines()
        .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
    return Math.round(used / (1 << 20));
  }

  private static HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(app + path)).header("Accept", "text/html,application/json")
        .timeout(Duration.ofSeconds(30)).build();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
