import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endurance run against a running app: RUNS page views, each of a place of its own (so each is a workflow run),
 * from CLIENTS concurrent clients, after WARMUP views reported but not counted (the JVM compiles its hot
 * paths and sizes its heap first). Reported per
 * WINDOW runs as a Markdown table row: pages/s, p50 and p99 latency, the highest live heap seen (what survives a full
 * GC, counted through jcmd on the app's PID every HEAP_EVERY seconds and at the window's end) and failed runs (a view
 * that did not get its forecast). Ends with the last window against the first.
 *
 * <p>Usage: {@code java bench/Soak.java BASE_URL PID RUNS CLIENTS WINDOW [WARMUP] [HEAP_EVERY]}; bench/soak.sh starts
 * the app and runs it. The app should wait for each run's verdict ({@code --weather.web.wait} longer than the retry
 * budget).
 */
public class Soak {

  /** The last line of a class histogram: live objects and their bytes, counted at a full GC's safepoint. */
  private static final Pattern LIVE = Pattern.compile("Total\\s+\\d+\\s+(\\d+)");

  record Window(int runs, double pagesPerSecond, long p50, long p99, long maxHeapMb, int failed) {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String pid = args[1];
    int runs = Integer.parseInt(args[2]);
    int clients = Integer.parseInt(args[3]);
    int window = Integer.parseInt(args[4]);
    int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 15000;
    int heapEvery = args.length > 6 ? Integer.parseInt(args[6]) : 15;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    AtomicLong maxHeap = new AtomicLong();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "heap-sampler");
      thread.setDaemon(true);
      return thread;
    });

    sampler.scheduleWithFixedDelay(() -> sample(pid, maxHeap), heapEvery, heapEvery, TimeUnit.SECONDS);
    System.out.println("| runs | pages/s | p50 ms | p99 ms | live heap MB, highest | failed |");
    System.out.println("|---|---|---|---|---|---|");
    // Warm-up windows view places of their own, after the measured ones.
    for (int from = runs; from < runs + warmup; from += window) {
      maxHeap.set(0);
      print("warm-up " + (from - runs + Math.min(window, runs + warmup - from)),
          measure(http, base, from, Math.min(runs + warmup, from + window), clients, pid, maxHeap));
    }
    List<Window> windows = new ArrayList<>();
    for (int from = 0; from < runs; from += window) {
      maxHeap.set(0);
      Window w = measure(http, base, from, Math.min(runs, from + window), clients, pid, maxHeap);
      windows.add(w);
      print(String.valueOf(w.runs()), w);
    }
    sampler.shutdownNow();
    Window first = windows.get(0);
    Window last = windows.get(windows.size() - 1);
    System.out.printf(Locale.ROOT,
        "last window against the first: pages/s %+.0f%%, p99 %+.0f%%; highest live heap %d MB; failed runs %d%n",
        100 * (last.pagesPerSecond() / first.pagesPerSecond() - 1), 100 * ((double) last.p99() / first.p99() - 1),
        windows.stream().mapToLong(Window::maxHeapMb).max().orElse(0),
        windows.stream().mapToInt(Window::failed).sum());
  }

  private static void print(String label, Window w) {
    System.out.printf(Locale.ROOT, "| %s | %.1f | %d | %d | %d | %d |%n", label, w.pagesPerSecond(), w.p50(), w.p99(),
        w.maxHeapMb(), w.failed());
  }

  /** Views places from (inclusive) to to (exclusive) with the given clients; the live heap is sampled at the end. */
  static Window measure(HttpClient http, String base, int from, int to, int clients, String pid, AtomicLong maxHeap)
      throws InterruptedException {
    AtomicLongArray latencies = new AtomicLongArray(to - from);
    AtomicInteger next = new AtomicInteger(from);
    AtomicInteger failed = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      new Thread(() -> {
        try {
          for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
            long t0 = System.nanoTime();
            boolean ok = view(http, base, i);
            latencies.set(i - from, System.nanoTime() - t0);
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
    sample(pid, maxHeap);
    long[] sorted = new long[to - from];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = latencies.get(i);
    }
    Arrays.sort(sorted);
    return new Window(to, (to - from) / seconds, sorted[sorted.length / 2] / 1_000_000,
        sorted[(int) (sorted.length * 0.99)] / 1_000_000, maxHeap.get(), failed.get());
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

  /**
   * The live heap, kept in max if it is the highest so far. A class histogram counts what survives a full GC in the
   * same pause, so allocations under load do not inflate it (as they would between a GC and a later look). The JVM
   * skips that GC while a JNI critical section is open (zlib, for one), and then counts the garbage too: of two
   * histograms in a row, the smaller is taken.
   */
  static void sample(String pid, AtomicLong max) {
    try {
      long live = Math.min(histogramTotalMb(pid), histogramTotalMb(pid));
      max.accumulateAndGet(live, Math::max);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long histogramTotalMb(String pid) throws IOException, InterruptedException {
    Matcher total = LIVE.matcher(run("jcmd", pid, "GC.class_histogram"));
    return total.find() ? Long.parseLong(total.group(1)) / (1024 * 1024) : Long.MAX_VALUE;
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    process.waitFor();
    return out;
  }
}
