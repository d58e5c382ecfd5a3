package dev.weather.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.weather.forecast.WeatherReport;
import dev.weather.workflow.ForecastException;
import dev.weather.workflow.ReportKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The last report of each place and units, kept up to the stale limit; and the last failure, kept
 * for the failure backoff. Time is the app's {@link Clock}, for Caffeine's expiry too, so tests can
 * move it.
 */
@Component
public class ReportCache {

  /**
   * The last part of a report's life in which a view starts its refresh in the background (refresh
   * ahead), so that the next viewer finds the new report instead of waiting for it.
   */
  static final double REFRESH_AHEAD = 0.25;

  /**
   * A report, when it arrived, until when it is fresh, and from when a view should refresh it
   * ahead.
   */
  public record Snapshot(
      WeatherReport report, Instant asOf, Instant freshUntil, Instant refreshFrom) {

    boolean freshAt(Instant now) {
      return now.isBefore(freshUntil);
    }

    /** Fresh, and not yet due for refresh: nothing to do. */
    boolean settledAt(Instant now) {
      return now.isBefore(refreshFrom);
    }
  }

  private final Clock clock;
  private final CacheProperties properties;
  private final Cache<ReportKey, Snapshot> reports;
  private final Cache<ReportKey, Failure> failures;

  /** A run's failure, and when it ended. */
  private record Failure(ForecastException why, Instant at) {}

  public ReportCache(CacheProperties properties, Clock clock) {
    this.clock = clock;
    this.properties = properties;
    this.reports =
        keptFor(properties.staleLimit())
            .maximumWeight(properties.maxSize().toBytes())
            .weigher((ReportKey key, Snapshot snapshot) -> ReportWeight.of(snapshot.report()))
            .build();
    // A failure is a few hundred bytes; as many places as the smallest reports would fill the cache
    // with.
    this.failures =
        Caffeine.newBuilder()
            .executor(Runnable::run)
            .ticker(ticker())
            // Until the backoff has passed since the run failed, here or on another instance.
            .expireAfter(
                Expiry.writing(
                    (ReportKey key, Failure failure) ->
                        Duration.between(
                            clock.instant(), failure.at().plus(properties.failureBackoff()))))
            .maximumSize(Math.max(1, properties.maxSize().toBytes() / ReportWeight.REPORT))
            .build();
  }

  private Caffeine<Object, Object> keptFor(Duration lifetime) {
    return Caffeine.newBuilder()
        // Evictions run on the thread that puts, at once: the bound holds as soon as put returns.
        .executor(Runnable::run)
        .expireAfterWrite(lifetime)
        .ticker(ticker());
  }

  private Ticker ticker() {
    return () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
  }

  /** The last report, fresh or not, if younger than the stale limit. */
  Optional<Snapshot> last(ReportKey key) {
    return Optional.ofNullable(reports.getIfPresent(key));
  }

  /** The last run's failure, while the failure backoff lasts. */
  Optional<ForecastException> recentFailure(ReportKey key) {
    return Optional.ofNullable(failures.getIfPresent(key)).map(Failure::why);
  }

  /**
   * Keeps a complete report until its earliest part expires; a report missing a part only for the
   * failure backoff, so the missing part is asked for again soon.
   */
  Snapshot put(ReportKey key, WeatherReport report) {
    return put(key, report, clock.instant());
  }

  /**
   * The same, for a report whose run closed at {@code closedAt} (a while ago, here or on another
   * instance): its life, and the last quarter of it, are counted from then.
   */
  Snapshot put(ReportKey key, WeatherReport report, Instant closedAt) {
    // Temporal's clock may be ahead of the app's (another machine, or the demo's moved clock): a
    // report never arrived later than now.
    Instant now = clock.instant();
    Instant asOf = closedAt.isAfter(now) ? now : closedAt;
    Instant until = report.freshUntil();
    if (!report.unavailable().isEmpty()) {
      Instant retry = asOf.plus(properties.failureBackoff());
      until = until.isBefore(retry) ? until : retry;
    }
    long life = Math.max(0, until.toEpochMilli() - asOf.toEpochMilli());
    Snapshot snapshot =
        new Snapshot(report, asOf, until, asOf.plusMillis((long) (life * (1 - REFRESH_AHEAD))));
    reports.put(key, snapshot);
    failures.invalidate(key);
    return snapshot;
  }

  /**
   * Keeps the report of a run that closed at {@code closedAt}, here or on another instance, if it
   * is still fresh: the snapshot, else empty and nothing kept.
   */
  Optional<Snapshot> putIfFresh(ReportKey key, WeatherReport report, Instant closedAt) {
    return report.freshUntil().isAfter(clock.instant())
        ? Optional.of(put(key, report, closedAt))
        : Optional.empty();
  }

  /** A run that just failed here. */
  void failed(ReportKey key, ForecastException failure) {
    failed(key, failure, clock.instant());
  }

  /** A run that failed at {@code at}, here or on another instance: the backoff counts from then. */
  void failed(ReportKey key, ForecastException failure, Instant at) {
    failures.put(key, new Failure(failure, at));
  }

  Instant now() {
    return clock.instant();
  }
}
