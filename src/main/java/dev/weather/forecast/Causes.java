package dev.weather.forecast;

import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

/**
 * The one walk along a failure's causes, for every layer that asks what lies behind one: an NWS
 * problem inside Temporal's failures, a timeout inside an I/O error.
 */
public final class Causes {

  /** Deeper than any chain this app builds; a longer one is cut rather than looped around. */
  private static final int DEEPEST = 32;

  private Causes() {}

  /** The first of {@code thrown} and its causes that is a {@code type}, or null. */
  public static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    Throwable found = first(thrown, type::isInstance);
    return found == null ? null : type.cast(found);
  }

  /** Whether {@code thrown} or one of its causes is what {@code test} looks for. */
  public static boolean any(Throwable thrown, Predicate<Throwable> test) {
    return first(thrown, test) != null;
  }

  /** What a failed {@code CompletableFuture} stage wraps in a {@link CompletionException}. */
  public static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }

  private static Throwable first(Throwable thrown, Predicate<Throwable> test) {
    Throwable t = thrown;
    for (int depth = 0; t != null && depth < DEEPEST; depth++, t = t.getCause()) {
      if (test.test(t)) {
        return t;
      }
    }
    return null;
  }
}
