import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded soak with faults against a running app whose NWS fails now and then (the demo profile with
 * {@code weather.demo.fault-rate}): CLIENTS clients view PLACES places at random for SECONDS seconds. Reported as a
 * Markdown table: page views by what they showed, client-visible errors (anything but a page: a 5xx, a 4xx, a
 * refused or timed-out request; the target is 0), NWS requests and how many failed (from the app's
 * {@code weather_nws_requests} metric), p50 and p99 latency, and the live heap after a full GC before and after.
 *
 * <p>Usage: {@code java -cp target/bench FaultSoak BASE_URL PID GC_LOG SECONDS CLIENTS PLACES}, the app started with
 * {@code -Xlog:gc:file=GC_LOG}; bench/fault-soak.sh compiles it with Soak.java and runs it.
 */
public class FaultSoak {

  /** The demo's NWS answers for any point within reach of these (Seattle, Norton MA, Boston, Denver). */
  private static final double[][] FIXTURES = {{47.6062, -122.3321}, {41.967, -71.189}, {42.3584, -71.0598},
      {39.7392, -104.9903}};
  private static final Pattern NWS_COUNT =
      Pattern.compile("^weather_nws_requests_seconds_count\\{[^}]*outcome=\"(\\w+)\"[^}]*} ([0-9.E]+)$");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String pid = args[1];
    Path gcLog = Path.of(args[2]);
    Duration length = Duration.ofSeconds(Long.parseLong(args[3]));
    int clients = Integer.parseInt(args[4]);
    List<String> places = places(Integer.parseInt(args[5]));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    long heapBefore = liveHeap(pid, gcLog);
    Map<String, Long> nwsBefore = nwsRequests(http, base);
    Map<String, AtomicInteger> shown = new ConcurrentHashMap<>();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(clients);
    long deadline = System.nanoTime() + length.toNanos();
    for (int c = 0; c < clients; c++) {
      new Thread(() -> {
        try {
          while (System.nanoTime() < deadline) {
            String place = places.get(ThreadLocalRandom.current().nextInt(places.size()));
            long t0 = System.nanoTime();
            String what = view(http, base, place);
            latencies.add(System.nanoTime() - t0);
            shown.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
          }
        } finally {
          done.countDown();
        }
      }).start();
    }
    done.await();
    Map<String, Long> nwsAfter = nwsRequests(http, base);
    long heapAfter = liveHeap(pid, gcLog);

    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    int views = sorted.size();
    int errors = shown.entrySet().stream().filter(e -> e.getKey().startsWith("error"))
        .mapToInt(e -> e.getValue().get()).sum();
    long nwsOk = nwsAfter.getOrDefault("ok", 0L) - nwsBefore.getOrDefault("ok", 0L);
    long nwsFailed = nwsAfter.getOrDefault("error", 0L) - nwsBefore.getOrDefault("error", 0L);
    System.out.println("| measure | value |");
    System.out.println("|---|---|");
    row("length, clients, places", "%d s, %d, %d", length.toSeconds(), clients, places.size());
    row("page views", "%d (%.0f/s)", views, views / (double) length.toSeconds());
    new TreeMap<>(shown).forEach((what, count) -> row("  " + what, "%d", count.get()));
    row("client-visible errors", "%d", errors);
    row("NWS requests (failed)", "%d (%d, %.1f%%)", nwsOk + nwsFailed, nwsFailed,
        100.0 * nwsFailed / Math.max(1, nwsOk + nwsFailed));
    row("p50 / p99 ms", "%d / %d", sorted.get(views / 2) / 1_000_000, sorted.get((int) (views * 0.99)) / 1_000_000);
    row("live heap MB before / after", "%d / %d", heapBefore, heapAfter);
  }

  private static void row(String measure, String format, Object... values) {
    System.out.println("| " + measure + " | " + String.format(Locale.ROOT, format, values) + " |");
  }

  /** Places spread around the fixtures, a few kilometres apart. */
  static List<String> places(int count) {
    List<String> places = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double[] near = FIXTURES[i % FIXTURES.length];
      double offset = 0.03 * (i / FIXTURES.length + 1);
      places.add(String.format(Locale.ROOT, "lat=%.4f&lon=%.4f", near[0] + offset, near[1] - offset));
    }
    return places;
  }

  /** What a view showed: "forecast", "forecast, marked as of earlier", "progress", or "error: ..." */
  static String view(HttpClient http, String base, String place) {
    try {
      HttpResponse<String> page = http.send(
          HttpRequest.newBuilder(URI.create(base + "/weather?" + place)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (page.statusCode() != 200) {
        return "error: status " + page.statusCode();
      }
      if (page.body().contains("class=\"grid\"")) {
        return page.body().contains("class=\"notice\"") ? "forecast, with a notice (older or partial)" : "forecast";
      }
      return "progress page";
    } catch (IOException e) {
      return "error: " + e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "error: interrupted";
    }
  }

  /** The app's NWS request count by outcome ("ok", "error"), from its Prometheus metrics. */
  static Map<String, Long> nwsRequests(HttpClient http, String base) throws IOException, InterruptedException {
    String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Map<String, Long> counts = new TreeMap<>();
    for (String line : metrics.split("\n")) {
      Matcher count = NWS_COUNT.matcher(line);
      if (count.matches()) {
        counts.merge(count.group(1), (long) Double.parseDouble(count.group(2)), Long::sum);
      }
    }
    return counts;
  }

  private static long liveHeap(String pid, Path gcLog) {
    AtomicLong live = new AtomicLong();
    Soak.sample(pid, gcLog, live);
    return live.get();
  }
}
