import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endurance run against a running app: RUNS page views, each of a place of its own (so each is a workflow run),
 * from CLIENTS concurrent clients, reported per WINDOW runs as a Markdown table row: pages/s, p50 and p99 latency,
 * live heap after a full GC (through jcmd on the app's PID) and failed runs (a view that did not get its forecast).
 *
 * <p>Usage: {@code java bench/Soak.java BASE_URL PID RUNS CLIENTS WINDOW}; bench/soak.sh starts the app and runs it.
 * The app should wait for each run's verdict ({@code --weather.web.wait} longer than the retry budget).
 */
public class Soak {

  private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String pid = args[1];
    int runs = Integer.parseInt(args[2]);
    int clients = Integer.parseInt(args[3]);
    int window = Integer.parseInt(args[4]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    System.out.println("| runs | pages/s | p50 ms | p99 ms | live heap MB | failed |");
    System.out.println("|---|---|---|---|---|---|");
    for (int from = 0; from < runs; from += window) {
      int to = Math.min(runs, from + window);
      AtomicLongArray latencies = new AtomicLongArray(to - from);
      AtomicInteger next = new AtomicInteger(from);
      AtomicInteger failed = new AtomicInteger();
      CountDownLatch done = new CountDownLatch(clients);
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        int first = from;
        int last = to;
        new Thread(() -> {
          try {
            for (int i = next.getAndIncrement(); i < last; i = next.getAndIncrement()) {
              long t0 = System.nanoTime();
              boolean ok = view(http, base, i);
              latencies.set(i - first, System.nanoTime() - t0);
              if (!ok) {
                failed.incrementAndGet();
              }
            }
          } finally {
            done.countDown();
          }
        }).start();
      }
      done.await();
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] sorted = new long[to - from];
      for (int i = 0; i < sorted.length; i++) {
        sorted[i] = latencies.get(i);
      }
      Arrays.sort(sorted);
      System.out.printf(Locale.ROOT, "| %d | %.1f | %d | %d | %d | %d |%n", to, (to - from) / seconds,
          sorted[sorted.length / 2] / 1_000_000, sorted[(int) (sorted.length * 0.99)] / 1_000_000, liveHeapMb(pid),
          failed.get());
    }
  }

  /** Place i of 1,000,000 distinct points 0.0001 degrees apart near Boston, where the demo's NWS answers. */
  static boolean view(HttpClient http, String base, int i) {
    String lat = String.format(Locale.ROOT, "42.%04d", 3000 + i % 1000);
    String lon = String.format(Locale.ROOT, "-71.%04d", i / 1000 % 1000);
    try {
      HttpResponse<String> page = http.send(
          HttpRequest.newBuilder(URI.create(base + "/weather?lat=" + lat + "&lon=" + lon))
              .timeout(Duration.ofSeconds(90)).build(),
          HttpResponse.BodyHandlers.ofString());
      return page.statusCode() == 200 && page.body().contains("class=\"grid\"");
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static long liveHeapMb(String pid) throws IOException, InterruptedException {
    run("jcmd", pid, "GC.run");
    String info = run("jcmd", pid, "GC.heap_info");
    Matcher used = USED.matcher(info);
    return used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    process.waitFor();
    return out;
  }
}
