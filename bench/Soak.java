import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * WINDOW runs as a Markdown table row: pages/s, p50 and p99 latency, the highest live heap seen (what a full GC
 * through jcmd on the app's PID leaves, read from the app's GC log, every HEAP_EVERY seconds and at the window's end)
 * and failed runs (a view that did not get its forecast). Ends with the last window against the first.
 *
 * <p>Usage: {@code java bench/Soak.java BASE_URL PID GC_LOG RUNS CLIENTS WINDOW [WARMUP] [HEAP_EVERY]}, the app
 * started with {@code -Xlog:gc:file=GC_LOG}; bench/soak.sh starts the app and runs it. The app should wait for each run's verdict ({@code --weather.web.wait} longer than the retry
 * budget).
 */
public class Soak {

  /** A full GC asked for by jcmd, in the app's GC log: the heap before and after it. */
  private static final Pattern FULL_GC = Pattern.compile("Pause Full \\(Diagnostic Command\\) (\\d+)M->(\\d+)M");

  record Window(int runs, double pagesPerSecond, long p50, long p99, long maxHeapMb, int failed) {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String pid = args[1];
    Path gcLog = Path.of(args[2]);
    int runs = Integer.parseInt(args[3]);
    int clients = Integer.parseInt(args[4]);
    int window = Integer.parseInt(args[5]);
    int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 40000;
    int heapEvery = args.length > 7 ? Integer.parseInt(args[7]) : 15;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    AtomicLong maxHeap = new AtomicLong();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "heap-sampler");
      thread.setDaemon(true);
      return thread;
    });

    sampler.scheduleWithFixedDelay(() -> sample(pid, gcLog, maxHeap), heapEvery, heapEvery, TimeUnit.SECONDS);
    System.out.println("| runs | pages/s | p50 ms | p99 ms | live heap MB, highest | failed |");
    System.out.println("|---|---|---|---|---|---|");
    // Warm-up windows view places of their own, after the measured ones.
    for (int from = runs; from < runs + warmup; from += window) {
      maxHeap.set(0);
      print("warm-up " + (from - runs + Math.min(window, runs + warmup - from)),
          measure(http, base, from, Math.min(runs + warmup, from + window), clients, pid, gcLog, maxHeap));
    }
    List<Window> windows = new ArrayList<>();
    for (int from = 0; from < runs; from += window) {
      maxHeap.set(0);
      Window w = measure(http, base, from, Math.min(runs, from + window), clients, pid, gcLog, maxHeap);
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
  static Window measure(
      HttpClient http, String base, int from, int to, int clients, String pid, Path gcLog, AtomicLong maxHeap)
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
    sample(pid, gcLog, maxHeap);
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
   * The live heap, kept in max if it is the highest so far: a full GC through jcmd, then what the GC log says was left
   * after it. (Looking at the heap with a second command would count what the load allocated in between, and a class
   * histogram's own GC is skipped while a JNI critical section is open, zlib's for one.)
   */
  static void sample(String pid, Path gcLog, AtomicLong max) {
    try {
      run("jcmd", pid, "GC.run");
      long live = Long.MAX_VALUE; // no full GC in the log: say so loudly
      for (String line : Files.readAllLines(gcLog)) {
        Matcher full = FULL_GC.matcher(line);
        if (full.find()) {
          live = Long.parseLong(full.group(2));
        }
      }
      max.accumulateAndGet(live, Math::max);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    process.waitFor();
    return out;
  }
}
