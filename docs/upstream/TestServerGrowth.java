import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Reproduction for temporalio/sdk-java: the in-memory test server slows down and grows with every workflow run, even
 * with time skipping off. A trivial workflow (four activities, one of them after the other three) is run in batches;
 * each batch prints runs/s, the mean time per run, and the live heap after a GC. Nothing else runs in the JVM.
 *
 * <p>Run: {@code java -cp "$(cat cp.txt)" TestServerGrowth.java [BATCHES] [RUNS_PER_BATCH] [CONCURRENCY]} with the
 * classpath of io.temporal:temporal-testing 1.38.0 in cp.txt (see README in this folder).
 */
public class TestServerGrowth {

  @WorkflowInterface
  public interface Steps {
    @WorkflowMethod
    String run(String input);
  }

  @ActivityInterface
  public interface Step {
    String call(String input);
  }

  public static class StepsImpl implements Steps {
    private final Step step =
        Workflow.newActivityStub(Step.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(5)).build());

    @Override
    public String run(String input) {
      String first = step.call(input);
      Promise<String> a = Async.function(step::call, first);
      Promise<String> b = Async.function(step::call, first);
      Promise<String> c = Async.function(step::call, first);
      return a.get() + b.get() + c.get();
    }
  }

  public static class StepImpl implements Step {
    @Override
    public String call(String input) {
      return input;
    }
  }

  public static void main(String[] args) throws Exception {
    int batches = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build());
    Worker worker = env.newWorker("growth");
    worker.registerWorkflowImplementationTypes(StepsImpl.class);
    worker.registerActivitiesImplementations(new StepImpl());
    env.start();
    WorkflowClient client = env.getWorkflowClient();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    System.out.println("| runs | runs/s | mean ms per run | live heap MB |");
    System.out.println("|---|---|---|---|");
    int id = 0;
    for (int batch = 1; batch <= batches; batch++) {
      long start = System.nanoTime();
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        String workflowId = "run-" + id++;
        all.add(CompletableFuture.runAsync(() -> client
            .newWorkflowStub(Steps.class,
                WorkflowOptions.newBuilder().setTaskQueue("growth").setWorkflowId(workflowId).build())
            .run("x"), pool));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
      System.out.printf(Locale.ROOT, "| %d | %.0f | %.1f | %d |%n", batch * runs, runs / seconds,
          seconds * 1000 * concurrency / runs, heap);
    }
    pool.shutdown();
    env.close();
  }
}
