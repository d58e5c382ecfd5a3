package dev.weather.watch;

import java.time.Instant;

/**
 * A message a watch sends about {@code place}: {@code key} names it among all messages (a digest of
 * the watch's address, never the address itself, and the change's key), and travels with every
 * attempt so the receiver can drop a repeat. {@code kind} says what happened (an alert's ISSUED,
 * UPDATED, ...; a plan's CROSSED, UNCROSSED, SUMMARY); {@code priority} is ntfy's, 1 to 5.
 */
public record Notice(
    String key, String place, Instant at, String kind, String title, String text, int priority) {}
