package dev.weather.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines, instead of a stack trace, why the app refused to start and what to set. */
class TemporalServiceRequiredAnalyzer
    extends AbstractFailureAnalyzer<TemporalServiceRequiredException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, TemporalServiceRequiredException cause) {
    return new FailureAnalysis(
        "This deployment must use a Temporal Service (weather.temporal.require-service=true), and TEMPORAL_ADDRESS is"
            + " not set: each replica would otherwise run a Temporal of its own, sharing nothing.",
        "Set TEMPORAL_ADDRESS to the Temporal Service's host:port (and TEMPORAL_NAMESPACE, and its credentials), or"
            + " set weather.temporal.require-service=false to let the app run on a Temporal of its own.",
        cause);
  }
}
