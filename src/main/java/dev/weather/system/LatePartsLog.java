package dev.weather.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import dev.weather.forecast.Causes;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * One line each, instead of the SDK's stack traces, for the parts of a run that report back as or
 * after it ends.
 *
 * <p>A run whose forecast fails ends at once, with its other parts (hourly, alerts, now) still in
 * flight: the verdict is not kept waiting for them, and nothing is left to do with their results.
 * (Cancelling them and waiting for them to settle did not work with Temporal's in-memory test
 * server, then the app's default: a cancellation that crosses a part's report failed the workflow
 * task, ACTIVITY_UNKNOWN, and the run was stuck until its timeout.) A part that reports as the
 * run's last workflow task completes makes Temporal refuse the task (UnhandledCommand) and have the
 * worker run it again with the new event; the run ends as it would have. The SDK logs that as a
 * warning with a stack trace ("if seen continuously the workflow might be stuck"), then at INFO
 * with another ("likely recoverable"). A part that reports after the run has closed is refused
 * (NOT_FOUND, the run completed); the SDK logs a warning with a stack trace. This filter drops
 * those records and logs one line for each; any other failure to report a workflow task or an
 * activity's result is still the SDK's warning.
 *
 * <p>The app installs it as it starts. Public, so that a Logback configuration can name it where
 * workers run without the app (the workflow tests).
 */
@Component
public class LatePartsLog extends TurboFilter implements InitializingBean, DisposableBean {

  static final String WORKFLOW_WORKER = "io.temporal.internal.worker.WorkflowWorker";
  static final String POLLER_OPTIONS = "io.temporal.internal.worker.PollerOptions";
  static final String ACTIVITY_WORKER = "io.temporal.internal.worker.ActivityWorker";

  private static final org.slf4j.Logger log = LoggerFactory.getLogger(LatePartsLog.class);

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    // Asked about every logging call in the JVM, at every level: the level and the logger's name
    // first.
    String name = logger.getName();
    boolean workflowTask = level == Level.WARN && name.equals(WORKFLOW_WORKER);
    boolean recoverable = level == Level.INFO && name.equals(POLLER_OPTIONS);
    boolean activityResult = level == Level.WARN && name.equals(ACTIVITY_WORKER);
    if (!(workflowTask || recoverable || activityResult)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown =
        t != null
            ? t
            : params != null
                    && params.length > 0
                    && params[params.length - 1] instanceof Throwable last
                ? last
                : null;
    if ((workflowTask || recoverable) && isUnhandledCommand(thrown)) {
      if (workflowTask) {
        log.info(
            "A workflow task of {} was refused, a part having reported back as it ended the run "
                + "(UnhandledCommand); the worker runs it again",
            argument(params, 0, 4));
      }
      return FilterReply.DENY;
    }
    if (activityResult && isRunCompleted(thrown)) {
      log.info(
          "{} of {} reported back after its run had ended; Temporal had no use for it (NOT_FOUND)",
          argument(params, 1, 6),
          argument(params, 2, 6));
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  /**
   * The SDK's argument at {@code index}, when the call has the {@code count} arguments the SDK
   * passes.
   */
  private static Object argument(Object[] params, int index, int count) {
    return params != null && params.length == count ? params[index] : "a run";
  }

  static boolean isUnhandledCommand(Throwable thrown) {
    return status(thrown, Status.Code.INVALID_ARGUMENT, "UnhandledCommand");
  }

  /** The test server's word for it, and a Temporal Service's. */
  static boolean isRunCompleted(Throwable thrown) {
    return status(thrown, Status.Code.NOT_FOUND, "Completed workflow")
        || status(thrown, Status.Code.NOT_FOUND, "workflow execution already completed");
  }

  private static boolean status(Throwable thrown, Status.Code code, String description) {
    return Causes.any(
        thrown,
        cause ->
            cause instanceof StatusRuntimeException e
                && e.getStatus().getCode() == code
                && e.getStatus().getDescription() != null
                && e.getStatus().getDescription().startsWith(description));
  }

  @Override
  public void afterPropertiesSet() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      start();
      context.addTurboFilter(this);
    }
  }

  @Override
  public void destroy() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getTurboFilterList().remove(this);
    }
  }
}
