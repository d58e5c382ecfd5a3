package dev.weather.forecast;

/**
 * What went wrong with NWS, by what asking again may do about it: the one set of failure kinds,
 * from the HTTP answer through Temporal's failure types to the page a person sees.
 */
public enum NwsFault {
  /** 5xx, 429, 408, the CDN's throttling 403, or no answer at all: it may pass. */
  UNAVAILABLE("NwsUnavailable", false),
  /** 404: NWS has no data for this request (outside its coverage, marine, unknown grid); final. */
  NOT_FOUND("NwsNotFound", true),
  /** Another 4xx: NWS says no to this very request; final. */
  REJECTED("NwsRejected", true),
  /**
   * NWS answered, but not with anything we can use (a body we cannot read, invalid ids): worth a
   * few tries, then final.
   */
  MALFORMED("NwsMalformed", false),
  /** NWS sent us to an address outside it, or in circles; never followed, final. */
  MISDIRECTED("NwsMisdirected", true);

  private final String type;
  private final boolean isFinal;

  NwsFault(String type, boolean isFinal) {
    this.type = type;
    this.isFinal = isFinal;
  }

  /** Its type as a Temporal failure. Recorded in every run's history: a name, once used, stays. */
  public String type() {
    return type;
  }

  /** Whether no retry can change it, so Temporal does not retry it. */
  public boolean isFinal() {
    return isFinal;
  }

  /** The fault of a Temporal failure type; any other type counts as NWS not answering. */
  public static NwsFault ofType(String type) {
    for (NwsFault fault : values()) {
      if (fault.type.equals(type)) {
        return fault;
      }
    }
    return UNAVAILABLE;
  }
}
