import dev.weather.system.TemporalCli;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TemporalDevServer;
import io.temporal.testing.TemporalDevServerOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * How a page's first answer is best asked of Temporal, measured on the dev server with nothing else
 * in the way: a workflow shaped like a run (one step, then six in parallel, the second essential,
 * each part PART_KB of text) asked three ways, one after the other in this JVM.
 *
 * <ul>
 *   <li>{@code start+result}: the app's way, an eager start (the first workflow task comes back with
 *       the start) then a long poll for the result;
 *   <li>{@code update-with-start, all}: one Update-With-Start whose update returns the whole result;
 *   <li>{@code update-with-start, early}: the same, the update returning once the essential part is
 *       in (samples-java's early return), the rest left to the workflow;
 *   <li>{@code start+result, local activities}: the app's way, each part a local activity (the app's
 *       {@code weather.retry.local-first-attempt}).
 * </ul>
 *
 * <p>Prints a Markdown row per shape: runs a second at 1 client and at CLIENTS, p50 and p99 ms at 1
 * client, and the history's events per run. Usage (bench/start-shapes.sh sets it up): {@code java
 * -cp ... StartShapes CLI DATA_DIR PORT [SECONDS] [CLIENTS] [PART_KB]}.
 */
public class StartShapes {

  static final String QUEUE = "shapes";

  @ActivityInterface
  public interface Parts {
    String part(String name);
  }

  public static class PartsImpl implements Parts {
    static String body;

    @Override
    public String part(String name) {
      return body;
    }
  }

  @WorkflowInterface
  public interface Run {
    @WorkflowMethod
    String run(String place);

    @UpdateMethod
    String firstAnswer(boolean early);
  }

  public static class RunImpl implements Run {
    private final Parts remote =
        Workflow.newActivityStub(
            Parts.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());
    private final Parts local =
        Workflow.newLocalActivityStub(
            Parts.class,
            LocalActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());
    private String essential;
    private String whole;

    @Override
    public String run(String place) {
      // A place named local- has its parts fetched as local activities: no trip through the server.
      Parts parts = place.startsWith("local-") ? local : remote;
      parts.part("place");
      List<Promise<String>> rest = new ArrayList<>();
      for (String name : List.of("forecast", "hourly", "alerts", "now", "detail", "discussion")) {
        rest.add(Async.function(parts::part, name));
      }
      essential = rest.get(0).get();
      StringBuilder all = new StringBuilder();
      rest.forEach(p -> all.append(p.get().length()).append(' '));
      whole = all.toString();
      return whole;
    }

    @Override
    public String firstAnswer(boolean early) {
      Workflow.await(() -> early ? essential != null : whole != null);
      return early ? "essential " + essential.length() : whole;
    }
  }

  public static void main(String[] args) throws Exception {
    Path cli = Path.of(args[0]);
    Path data = Files.createDirectories(Path.of(args[1]));
    int port = Integer.parseInt(args[2]);
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    int clients = args.length > 4 ? Integer.parseInt(args[4]) : 32;
    int partKb = args.length > 5 ? Integer.parseInt(args[5]) : 12;
    char[] text = new char[partKb * 1024];
    Arrays.fill(text, 'x');
    PartsImpl.body = new String(text);

    try (TemporalDevServer server =
        TemporalDevServer.start(
            TemporalDevServerOptions.newBuilder()
                .setExistingPath(cli.toString())
                .setPort(port)
                .setUiEnabled(false)
                .setDatabaseFilename(data.resolve("temporal.db").toString())
                .setLogLevel("error")
                .setExtraArgs(extraArgs())
                .build())) {
      WorkflowServiceStubs service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
      WorkflowClient client = WorkflowClient.newInstance(service);
      WorkerFactory factory = WorkerFactory.newInstance(client);
      Worker worker =
          factory.newWorker(
              QUEUE,
              WorkerOptions.newBuilder()
                  .setMaxConcurrentActivityExecutionSize(64)
                  .setMaxConcurrentWorkflowTaskExecutionSize(8)
                  .build());
      worker.registerWorkflowImplementationTypes(RunImpl.class);
      worker.registerActivitiesImplementations(new PartsImpl());
      factory.start();

      List<Shape> shapes =
          List.of(
              new Shape("start+result", StartShapes::startThenResult),
              new Shape("update-with-start, all", id -> updateWithStart(client, id, false)),
              new Shape("update-with-start, early", id -> updateWithStart(client, id, true)),
              new Shape("start+result, local activities", StartShapes::startThenResult, "local-"));
      shapes.forEach(shape -> measure(shape, client, 3, 4, "warm-up"));
      System.out.println(
          "| shape | runs/s, 1 client | runs/s, "
              + clients
              + " clients | p50 ms, 1 client | p99 ms, 1 client | events a run |");
      System.out.println("|---|---|---|---|---|---|");
      for (Shape shape : shapes) {
        long[] one = measure(shape, client, seconds, 1, shape.name);
        long[] many = measure(shape, client, seconds, clients, shape.name);
        String last = shape.lastId();
        Thread.sleep(500); // the early shape's run goes on after its answer
        int events = client.fetchHistory(last).getHistory().getEventsCount();
        System.out.printf(
            "| %s | %d | %d | %d | %d | %d |%n",
            shape.name, one[0] / seconds, many[0] / seconds, one[1], one[2], events);
      }
      factory.shutdown();
      factory.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
      service.shutdownNow();
    }
  }

  static WorkflowClient clientOf;

  /** The app's SQLite settings, and any flags in EXTRA_ARGS (space-separated). */
  static List<String> extraArgs() {
    List<String> args = new ArrayList<>(TemporalCli.DEV_SERVER_SQLITE);
    String extra = System.getenv("EXTRA_ARGS");
    if (extra != null && !extra.isBlank()) {
      args.addAll(List.of(extra.trim().split("\\s+")));
    }
    return args;
  }

  /** A way to ask; its runs' IDs begin with {@code prefix}. */
  record Shape(String name, Function<String, String> ask, String prefix, String[] last) {
    Shape(String name, Function<String, String> ask) {
      this(name, ask, "");
    }

    Shape(String name, Function<String, String> ask, String prefix) {
      this(name, ask, prefix, new String[1]);
    }

    String lastId() {
      return last[0];
    }
  }

  static String startThenResult(String id) {
    Run run = clientOf.newWorkflowStub(
            Run.class, WorkflowOptions.newBuilder(options(id)).setDisableEagerExecution(false).build());
    WorkflowClient.start(run::run, id);
    return WorkflowStub.fromTyped(run).getResult(String.class);
  }

  static String updateWithStart(WorkflowClient client, String id, boolean early) {
    Run run = client.newWorkflowStub(Run.class, options(id));
    WithStartWorkflowOperation<String> start = new WithStartWorkflowOperation<>(run::run, id);
    return WorkflowClient.executeUpdateWithStart(
        run::firstAnswer,
        early,
        UpdateOptions.<String>newBuilder().setWaitForStage(WorkflowUpdateStage.COMPLETED).build(),
        start);
  }

  static WorkflowOptions options(String id) {
    return WorkflowOptions.newBuilder()
        .setTaskQueue(QUEUE)
        .setWorkflowId(id)
        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .build();
  }

  /** Runs of new IDs for {@code seconds} from {@code clients}: count, p50 ms, p99 ms. */
  static long[] measure(Shape shape, WorkflowClient client, int seconds, int clients, String what) {
    clientOf = client;
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicInteger count = new AtomicInteger();
    List<Long> times = java.util.Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  String id = shape.prefix + "shape-" + UUID.randomUUID();
                  long begin = System.nanoTime();
                  shape.ask.apply(id);
                  times.add((System.nanoTime() - begin) / 1_000_000);
                  count.incrementAndGet();
                  shape.last[0] = id;
                }
                done.countDown();
              })
          .start();
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Long> sorted = new ArrayList<>(times);
    sorted.sort(null);
    long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    long p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100));
    return new long[] {count.get(), p50, p99};
  }
}
