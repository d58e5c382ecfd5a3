package dev.weather.report;

import dev.weather.workflow.ReportKey;

/**
 * A run's address was asked for after the run's report went out of date, and no newer run is under
 * way: the place's own address has the current forecast.
 */
public class RunOutdatedException extends RuntimeException {

  private final transient ReportKey key;

  public RunOutdatedException(ReportKey key) {
    super("the run " + key.workflowId() + " is out of date");
    this.key = key;
  }

  public ReportKey key() {
    return key;
  }
}
