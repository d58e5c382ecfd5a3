package dev.weather.watch;

/**
 * Why a watch cannot be had, in words a person can act on: {@link Reason} says which answer fits
 * (the web layer turns it into a status).
 */
public class WatchException extends RuntimeException {

  /** Why. */
  public enum Reason {
    /** No watch at that address. */
    NOT_FOUND,
    /** A delivery the person asked for that this service does not offer. */
    BAD_DELIVERY,
    /** A plan that cannot be watched: no window, one too long or too far, no threshold. */
    BAD_PLAN,
    /** As many watches as the place, or the service, takes. */
    FULL,
    /** This app's Temporal does not keep workflows for days (the in-memory fallback). */
    UNAVAILABLE
  }

  private final Reason reason;

  public WatchException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
