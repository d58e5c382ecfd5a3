package dev.weather.watch;

import java.time.Instant;

/**
 * A message a watch sends about {@code place}: {@code key} names it among all messages (a digest of
 * the watch's address, never the address itself, and the change's key), and travels with every
 * attempt so the receiver can drop a repeat. {@code priority} is ntfy's, 1 to 5.
 */
public record Notice(
    String key,
    String place,
    Instant at,
    AlertChange.Kind kind,
    String title,
    String text,
    int priority) {}
