package dev.weather.forecast;

/**
 * How NWS (or the way to it) failed, modelled on its {@code application/problem+json} bodies.
 * {@code status} is 0 when no HTTP answer came at all (connection refused, timeout).
 */
public record NwsProblem(
    int status, String type, String title, String detail, String correlationId) {

  /** The last path segment of the problem type: both URL and URN forms occur ("InvalidPoint"). */
  public String code() {
    if (type == null || type.isBlank()) {
      return "";
    }
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return type.substring(cut + 1);
  }

  /** The problem in a log line: "HTTP 500 Unexpected Problem, correlation id 4d7e0a5c". */
  public String logText() {
    return (status == 0 ? "" : "HTTP " + status + " ")
        + title
        + ", correlation id "
        + (correlationId == null ? "none" : correlationId);
  }
}
