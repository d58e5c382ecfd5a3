package dev.weather.watch;

import dev.weather.activities.WeatherActivities;
import dev.weather.watch.Delivery.Target;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.failure.ApplicationErrorCategory;
import io.temporal.failure.ApplicationFailure;
import io.temporal.spring.boot.ActivityImpl;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends a watch's messages to the operator's ntfy server and webhooks, and nowhere else: a target
 * is a name looked up in {@link WatchProperties} at each attempt, redirects are not followed, and
 * no URL ever comes from a person or from NWS.
 */
@Component
@ActivityImpl(taskQueues = WeatherActivities.TASK_QUEUE)
public class WatchActivitiesImpl implements WatchActivities {

  /** The failure type of a message that no retry can deliver. */
  static final String UNDELIVERABLE = "Undeliverable";

  /** The failure type of an attempt that a retry may get through. */
  static final String NOT_TAKEN = "NotTaken";

  private static final Logger log = LoggerFactory.getLogger(WatchActivitiesImpl.class);

  private final WatchProperties watches;
  private final MeterRegistry meters;
  private final RestClient http;

  public WatchActivitiesImpl(WatchProperties watches, MeterRegistry meters) {
    this.watches = watches;
    this.meters = meters;
    this.http =
        RestClient.builder()
            .requestFactory(
                ClientHttpRequestFactoryBuilder.httpComponents()
                    .build(
                        HttpClientSettings.defaults()
                            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
                            .withRedirects(HttpRedirects.DONT_FOLLOW)))
            .build();
  }

  @Override
  public void send(Target target, Notice notice) {
    try {
      switch (target.kind()) {
        case NTFY -> ntfy(target.name(), notice);
        case WEBHOOK -> webhook(target.name(), notice);
      }
      count(target, "sent");
    } catch (HttpClientErrorException e) {
      int status = e.getStatusCode().value();
      if (status != 408 && status != 429) {
        count(target, "refused");
        throw undeliverable(
            target.kind().name().toLowerCase(java.util.Locale.ROOT)
                + " refused the message: "
                + status);
      }
      count(target, "retried");
      throw retried(target, notice, e);
    } catch (RestClientException e) {
      count(target, "retried");
      throw retried(target, notice, e);
    } catch (ApplicationFailure e) {
      count(target, "refused");
      throw e;
    }
  }

  /**
   * weather_watch_messages_total by target (ntfy, webhook) and outcome (sent, retried, refused).
   */
  private void count(Target target, String outcome) {
    meters
        .counter(
            "weather.watch.messages",
            "target",
            target.kind().name().toLowerCase(java.util.Locale.ROOT),
            "outcome",
            outcome)
        .increment();
  }

  /**
   * A failure worth retrying. Expected of a target now and then, so benign: the SDK logs it at
   * debug, without a stack trace, and this logs one line, naming the message by its key (never the
   * watch's address).
   */
  private static ApplicationFailure retried(Target target, Notice notice, RestClientException e) {
    String why = redacted(e);
    log.warn(
        "{} did not take message {}: {}",
        target.kind().name().toLowerCase(java.util.Locale.ROOT),
        notice.key(),
        why);
    return ApplicationFailure.newBuilder()
        .setType(NOT_TAKEN)
        .setMessage(why)
        .setCategory(ApplicationErrorCategory.BENIGN)
        .build();
  }

  /**
   * Why an attempt failed, without its URL: a webhook's path and an ntfy topic are often its only
   * secret, and the message goes to the log and to the workflow's history.
   */
  static String redacted(RestClientException e) {
    if (e instanceof org.springframework.web.client.RestClientResponseException response) {
      return "HTTP " + response.getStatusCode().value();
    }
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }

  private void ntfy(String topic, Notice notice) {
    if (!watches.ntfy() || !Delivery.TOPIC.matcher(topic).matches()) {
      throw undeliverable("no such ntfy topic here");
    }
    URI url = URI.create(watches.ntfyUrl().toString().replaceAll("/+$", "") + "/" + topic);
    http.post()
        .uri(url)
        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
        .header("Title", headerText(notice.title()))
        .header("Priority", Integer.toString(notice.priority()))
        .header("Tags", "weather")
        // ntfy 2.16+: a message of the same sequence id replaces the one before, so a retry after
        // a lost answer shows once.
        .header("X-Sequence-ID", Keys.digest(notice.key()))
        .body(notice.text())
        .retrieve()
        .onStatus(HttpStatusCode::is3xxRedirection, (request, response) -> refused(response))
        .toBodilessEntity();
  }

  private void webhook(String name, Notice notice) {
    URI url = watches.webhooks().get(name);
    if (url == null) {
      throw undeliverable("no webhook " + name + " here");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("key", notice.key());
    body.put("place", notice.place());
    body.put("at", notice.at().toString());
    body.put("kind", notice.kind());
    body.put("title", notice.title());
    body.put("text", notice.text());
    http.post()
        .uri(url)
        .contentType(MediaType.APPLICATION_JSON)
        .header("Idempotency-Key", notice.key())
        .body(body)
        .retrieve()
        .onStatus(HttpStatusCode::is3xxRedirection, (request, response) -> refused(response))
        .toBodilessEntity();
  }

  private static void refused(org.springframework.http.client.ClientHttpResponse response)
      throws java.io.IOException {
    throw undeliverable("the target redirected (" + response.getStatusCode().value() + ")");
  }

  private static ApplicationFailure undeliverable(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, UNDELIVERABLE);
  }

  /** A header's text: as it is when ASCII, else RFC 2047's encoded word, which ntfy reads. */
  static String headerText(String text) {
    boolean plain = text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    return plain
        ? text
        : "=?UTF-8?B?"
            + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8))
            + "?=";
  }
}
