package dev.weather.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How often one client may ask for place suggestions: {@code weather.web.suggestions-per-second},
 * with bursts of twice that. A person typing asks a few times a second at most (the page waits 150
 * ms after each key); a script that floods the endpoint is told to wait. A client is its address as
 * the app sees it (behind a trusted proxy, the one the proxy forwards).
 */
@Component
class SuggestionLimit {

  /** Clients remembered; one quiet for a minute starts again with a full bucket. */
  private static final int CLIENTS = 10_000;

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(CLIENTS).expireAfterAccess(Duration.ofMinutes(1)).build();
  private final int perSecond;
  private final TimeMeter time;

  SuggestionLimit(WebProperties web, Clock clock) {
    this.perSecond = web.suggestionsPerSecond();
    this.time =
        new TimeMeter() {
          @Override
          public long currentTimeNanos() {
            return clock.millis() * 1_000_000;
          }

          @Override
          public boolean isWallClockBased() {
            return true;
          }
        };
  }

  /** Empty if {@code client} may ask now (and counts it); else how long until it may. */
  Optional<Duration> waitFor(String client) {
    ConsumptionProbe probe = buckets.get(client, c -> bucket()).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Counts a request of {@code client}; one too many fails, saying when it may ask again. */
  void check(String client) {
    Optional<Duration> wait = waitFor(client);
    if (wait.isPresent()) {
      throw new TooManyRequestsException(wait.get(), perSecond);
    }
  }

  private Bucket bucket() {
    return Bucket.builder()
        .addLimit(
            limit -> limit.capacity(2L * perSecond).refillGreedy(perSecond, Duration.ofSeconds(1)))
        .withCustomTimePrecision(time)
        .build();
  }
}
