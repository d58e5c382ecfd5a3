package dev.weather.nws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;

class FreshnessTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2020-09-06T17:46:16Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "public, max-age=282, s-maxage=3600 |     | 282",
        "public, s-maxage=3600              |     | 3600",
        "public, max-age=300                | 100 | 200",
        "public, max-age=300                | 400 | 0",
        "no-cache                           |     | 0",
        "public, NO-STORE, max-age=300      |     | 0",
        "max-age=\"60\"                     |     | 60",
        "max-age=-5, s-maxage=120           |     | 0",
        "max-age=soon                       |     | 0",
        "private, max-age=300               |     | 0",
        "s-maxage=120, max-age=60           |     | 60",
        "max-age=99999999999999999999       |     | 2147483647",
      })
  void readsCacheControlAsAClientLessTheAgeAlreadySpentInACache(
      String cacheControl, String age, long seconds) {
    HttpHeaders headers = headers(Map.of(HttpHeaders.CACHE_CONTROL, cacheControl));
    if (age != null) {
      headers.set(HttpHeaders.AGE, age);
    }

    assertThat(Freshness.lifetime(headers, NOW)).contains(Duration.ofSeconds(seconds));
  }

  @Test
  void fallsBackToExpiresLessDate() {
    HttpHeaders headers =
        headers(
            Map.of(
                HttpHeaders.EXPIRES,
                "Sun, 06 Sep 2020 17:50:58 GMT",
                HttpHeaders.DATE,
                "Sun, 06 Sep 2020 17:46:16 GMT"));

    assertThat(Freshness.lifetime(headers, NOW)).contains(Duration.ofSeconds(282));
  }

  @Test
  void measuresExpiresFromNowWithoutADateAndIgnoresGarbage() {
    assertThat(
            Freshness.lifetime(
                headers(Map.of(HttpHeaders.EXPIRES, "Sun, 06 Sep 2020 17:56:16 GMT")), NOW))
        .contains(Duration.ofMinutes(10));
    assertThat(Freshness.lifetime(headers(Map.of(HttpHeaders.EXPIRES, "tomorrow")), NOW)).isEmpty();
    assertThat(Freshness.lifetime(headers(Map.of(HttpHeaders.CACHE_CONTROL, "public")), NOW))
        .isEqualTo(Optional.empty());
  }

  @Test
  void keepsAnswersBetweenAFloorAndACeiling() {
    Instant now = NOW.instant();

    assertThat(
            Freshness.until(
                headers(Map.of(HttpHeaders.CACHE_CONTROL, "max-age=300")),
                NOW,
                Freshness.FORECAST_CEILING))
        .isEqualTo(now.plusSeconds(300));
    assertThat(
            Freshness.until(
                headers(Map.of(HttpHeaders.CACHE_CONTROL, "no-cache")),
                NOW,
                Freshness.FORECAST_CEILING))
        .isEqualTo(now.plus(Freshness.FLOOR));
    assertThat(Freshness.until(new HttpHeaders(), NOW, Freshness.FORECAST_CEILING))
        .isEqualTo(now.plus(Freshness.FLOOR));
    assertThat(
            Freshness.until(
                headers(Map.of(HttpHeaders.CACHE_CONTROL, "max-age=86400")),
                NOW,
                Freshness.FORECAST_CEILING))
        .isEqualTo(now.plus(Duration.ofHours(1)));
    assertThat(
            Freshness.until(
                headers(Map.of(HttpHeaders.CACHE_CONTROL, "max-age=86400")),
                NOW,
                Freshness.POINT_CEILING))
        .isEqualTo(now.plus(Duration.ofDays(1)));
  }

  private static HttpHeaders headers(Map<String, String> values) {
    HttpHeaders headers = new HttpHeaders();
    values.forEach(headers::set);
    return headers;
  }
}
