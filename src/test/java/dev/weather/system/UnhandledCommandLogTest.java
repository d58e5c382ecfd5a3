package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Only the SDK's two records of a task refused with UnhandledCommand give way to one line. */
@ExtendWith(OutputCaptureExtension.class)
class UnhandledCommandLogTest {

  private static final String REPORTING =
      "Failure while reporting workflow progress to the server. If seen continuously the workflow might be stuck. "
          + "WorkflowId={}, RunId={}, startedEventId={}";
  private static final StatusRuntimeException UNHANDLED =
      Status.INVALID_ARGUMENT.withDescription("UnhandledCommand").asRuntimeException();

  private final LoggerContext context = new LoggerContext();
  private final Logger worker = context.getLogger(UnhandledCommandLog.WORKFLOW_WORKER);
  private final Logger poller = context.getLogger(UnhandledCommandLog.POLLER_OPTIONS);
  private final UnhandledCommandLog filter = new UnhandledCommandLog();

  @Test
  void dropsTheSdksTwoRecordsOfARefusedTaskForOneLine(CapturedOutput output) {
    assertThat(filter.decide(null, worker, Level.WARN, REPORTING, new Object[] {"forecast-1", "r", 7L, UNHANDLED}, null))
        .isEqualTo(FilterReply.DENY);
    assertThat(filter.decide(null, poller, Level.INFO, "Failed workflow task due to unhandled command.",
        new Object[] {new RuntimeException("Failure processing workflow task.", UNHANDLED)}, null))
        .isEqualTo(FilterReply.DENY);

    assertThat(filter.decide(null, worker, Level.WARN, "Failure while reporting workflow progress", null, UNHANDLED))
        .as("the throwable apart from the arguments").isEqualTo(FilterReply.DENY);

    assertThat(output.getOut()).containsOnlyOnce("Temporal refused a workflow task of forecast-1 that ended the run "
        + "as another of its events arrived (UnhandledCommand); the worker runs it again");
  }

  @Test
  void joinsTheAppsLoggingAsItStartsAndLeavesAsItStops() {
    LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

    filter.afterPropertiesSet();
    assertThat(logging.getTurboFilterList()).contains(filter);
    assertThat(filter.isStarted()).isTrue();

    filter.destroy();
    assertThat(logging.getTurboFilterList()).doesNotContain(filter);
  }

  @Test
  void leavesEveryOtherFailureToReportATask() {
    StatusRuntimeException unavailable = Status.UNAVAILABLE.withDescription("io exception").asRuntimeException();
    StatusRuntimeException invalid = Status.INVALID_ARGUMENT.withDescription("BadCompleteWorkflowExecution")
        .asRuntimeException();

    for (Throwable other : new Throwable[] {unavailable, invalid, new IllegalStateException("UnhandledCommand")}) {
      assertThat(filter.decide(null, worker, Level.WARN, REPORTING, new Object[] {"forecast-1", "r", 7L, other}, null))
          .as("%s", other).isEqualTo(FilterReply.NEUTRAL);
    }
    assertThat(filter.decide(null, worker, Level.WARN, "no throwable", new Object[] {"forecast-1"}, null))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, worker, Level.WARN, null, null, null)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, context.getLogger("dev.weather.Other"), Level.WARN, REPORTING,
        new Object[] {"forecast-1", "r", 7L, UNHANDLED}, null)).as("another logger").isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, worker, Level.ERROR, REPORTING, new Object[] {"forecast-1", "r", 7L, UNHANDLED},
        null)).as("another level").isEqualTo(FilterReply.NEUTRAL);
  }
}
