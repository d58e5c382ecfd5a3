package dev.weather.watch;

/**
 * A watch as its page and the API show it: its log, whether it still runs, its workflow's id (for
 * the Temporal UI), a digest of its address that may be shown where the address may not (a feed's
 * id), and the place's alerts workflow's status (null when it is not running).
 */
public record WatchView(
    String token,
    String workflowId,
    String publicId,
    boolean running,
    WatchLog log,
    PlaceAlerts.Status place) {}
