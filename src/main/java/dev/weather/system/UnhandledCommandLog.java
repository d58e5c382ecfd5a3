package dev.weather.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * One line for a workflow task Temporal refuses with UnhandledCommand, instead of the SDK's two stack traces.
 *
 * <p>A run that fails on its forecast while its other parts are still in flight ends with a workflow task that closes
 * the run; when one of those parts reports back as that task completes, Temporal refuses the task (UnhandledCommand)
 * and has the worker run it again with the new event, and the run ends as it would have. Not waiting for the other
 * parts keeps the verdict prompt. The SDK logs the refusal as a warning with a stack trace ("if seen continuously the
 * workflow might be stuck"), then at INFO with another ("likely recoverable"). This filter drops those two records
 * and logs one line; any other failure to report a workflow task is still the SDK's warning. The app installs it as it
 * starts; public for a Logback configuration to name it where workers run without the app (the workflow tests).
 */
@Component
public class UnhandledCommandLog extends TurboFilter implements InitializingBean, DisposableBean {

  static final String WORKFLOW_WORKER = "io.temporal.internal.worker.WorkflowWorker";
  static final String POLLER_OPTIONS = "io.temporal.internal.worker.PollerOptions";

  private static final org.slf4j.Logger log = LoggerFactory.getLogger(UnhandledCommandLog.class);

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    // Called for every logging call in the JVM, at every level: the logger's name first.
    boolean reporting = level == Level.WARN && logger.getName().equals(WORKFLOW_WORKER);
    boolean recoverable = level == Level.INFO && logger.getName().equals(POLLER_OPTIONS);
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    if (!(reporting || recoverable) || !isUnhandledCommand(thrown)) {
      return FilterReply.NEUTRAL;
    }
    if (reporting) {
      log.info("Temporal refused a workflow task of {} that ended the run as another of its events arrived "
          + "(UnhandledCommand); the worker runs it again", params != null && params.length > 1 ? params[0] : "a run");
    }
    return FilterReply.DENY;
  }

  static boolean isUnhandledCommand(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof StatusRuntimeException e && e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT
          && e.getStatus().getDescription() != null && e.getStatus().getDescription().startsWith("UnhandledCommand")) {
        return true;
      }
    }
    return false;
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
