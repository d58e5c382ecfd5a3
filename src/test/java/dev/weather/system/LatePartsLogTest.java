package dev.weather.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Only the SDK's records of parts reporting back as or after their run ends give way to one line
 * each.
 */
@ExtendWith(OutputCaptureExtension.class)
class LatePartsLogTest {

  private static final String TASK =
      "Failure while reporting workflow progress to the server. If seen continuously "
          + "the workflow might be stuck. WorkflowId={}, RunId={}, startedEventId={}";
  private static final String RESULT =
      "Failure during reporting of activity result to the server. ActivityId = {}, "
          + "ActivityType = {}, WorkflowId={}, WorkflowType={}, RunId={}";
  private static final StatusRuntimeException UNHANDLED =
      Status.INVALID_ARGUMENT.withDescription("UnhandledCommand").asRuntimeException();

  private final LoggerContext context = new LoggerContext();
  private final Logger workflowWorker = context.getLogger(LatePartsLog.WORKFLOW_WORKER);
  private final Logger poller = context.getLogger(LatePartsLog.POLLER_OPTIONS);
  private final Logger activityWorker = context.getLogger(LatePartsLog.ACTIVITY_WORKER);
  private final LatePartsLog filter = new LatePartsLog();

  @Test
  void aTaskRefusedWithUnhandledCommandIsOneLine(CapturedOutput output) {
    assertThat(decide(workflowWorker, Level.WARN, TASK, "forecast-1", "r", 7L, UNHANDLED))
        .isEqualTo(FilterReply.DENY);
    assertThat(
            decide(
                poller,
                Level.INFO,
                "Failed workflow task due to unhandled command.",
                new RuntimeException("Failure processing workflow task.", UNHANDLED)))
        .isEqualTo(FilterReply.DENY);

    assertThat(output.getOut())
        .containsOnlyOnce(
            "A workflow task of forecast-1 was refused, a part having reported "
                + "back as it ended the run (UnhandledCommand); the worker runs it again");
  }

  @Test
  void aResultAfterItsRunEndedIsOneLine(CapturedOutput output) {
    for (String completed :
        new String[] {"Completed workflow", "workflow execution already completed"}) {
      assertThat(
              decide(
                  activityWorker,
                  Level.WARN,
                  RESULT,
                  "a-1",
                  "GetAlerts",
                  "forecast-2",
                  "WeatherWorkflow",
                  "r",
                  Status.NOT_FOUND.withDescription(completed).asRuntimeException()))
          .as(completed)
          .isEqualTo(FilterReply.DENY);
    }

    assertThat(output.getOut())
        .contains(
            "GetAlerts of forecast-2 reported back after its run had ended; Temporal had no use for it");
  }

  @Test
  void leavesEveryOtherFailureToReportATaskOrAResult() {
    StatusRuntimeException unavailable =
        Status.UNAVAILABLE.withDescription("io exception").asRuntimeException();
    StatusRuntimeException invalid =
        Status.INVALID_ARGUMENT
            .withDescription("BadScheduleActivityAttributes")
            .asRuntimeException();
    StatusRuntimeException timedOut =
        Status.NOT_FOUND
            .withDescription(
                "invalid activityID or activity already timed out or invoking workflow is completed")
            .asRuntimeException();

    for (Throwable other :
        new Throwable[] {
          unavailable, invalid, timedOut, new IllegalStateException("UnhandledCommand")
        }) {
      assertThat(decide(workflowWorker, Level.WARN, TASK, "forecast-1", "r", 7L, other))
          .as("%s", other)
          .isEqualTo(FilterReply.NEUTRAL);
      assertThat(
              decide(
                  activityWorker,
                  Level.WARN,
                  RESULT,
                  "a-1",
                  "GetAlerts",
                  "forecast-2",
                  "WeatherWorkflow",
                  "r",
                  other))
          .as("%s", other)
          .isEqualTo(FilterReply.NEUTRAL);
    }
    assertThat(decide(workflowWorker, Level.WARN, "no throwable", "forecast-1"))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, workflowWorker, Level.WARN, null, null, null))
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(
            decide(
                context.getLogger("dev.weather.Other"),
                Level.WARN,
                TASK,
                "forecast-1",
                "r",
                7L,
                UNHANDLED))
        .as("another logger")
        .isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(workflowWorker, Level.ERROR, TASK, "forecast-1", "r", 7L, UNHANDLED))
        .as("another level")
        .isEqualTo(FilterReply.NEUTRAL);
  }

  @Test
  void aThrowablePassedApartFromTheArgumentsCounts() {
    assertThat(
            filter.decide(
                null, workflowWorker, Level.WARN, "Failure while reporting", null, UNHANDLED))
        .isEqualTo(FilterReply.DENY);
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

  private FilterReply decide(Logger logger, Level level, String format, Object... params) {
    return filter.decide(null, logger, level, format, params, null);
  }
}
