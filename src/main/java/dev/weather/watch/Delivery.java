package dev.weather.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a watch's messages go besides its feed: a topic on the operator's ntfy server and a webhook
 * the operator configured, each by name only, either absent. A person never gives a URL: the app
 * calls only hosts in its settings.
 */
public record Delivery(String ntfyTopic, String webhook) {

  /** ntfy's own rule for a topic's name. */
  static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public Delivery {
    ntfyTopic = blankToNull(ntfyTopic);
    webhook = blankToNull(webhook);
  }

  /** The feed only. */
  public static Delivery none() {
    return new Delivery(null, null);
  }

  /** The targets, one per way out. */
  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    if (ntfyTopic != null) {
      targets.add(new Target(Target.Kind.NTFY, ntfyTopic));
    }
    if (webhook != null) {
      targets.add(new Target(Target.Kind.WEBHOOK, webhook));
    }
    return targets;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** One way out: an ntfy topic, or a configured webhook by its name. */
  public record Target(Kind kind, String name) {

    public enum Kind {
      NTFY,
      WEBHOOK
    }
  }
}
