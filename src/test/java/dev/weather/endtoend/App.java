package dev.weather.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The app under test as a client sees it: its address, and requests a browser or script sends. */
public record App(int port) {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** {@code path} on the app. */
  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /**
   * A GET of {@code path}, accepting JSON from the API and the actuator and HTML elsewhere, as the
   * pages, their scripts and a monitor do; {@code headers} (name, value, ...) replace those.
   */
  public HttpResponse<String> open(String path, String... headers) {
    try {
      return send(request(path, headers).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The same request, to build on (a method, a body, a timeout). */
  public HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header(
                "Accept",
                path.startsWith("/api/") || path.startsWith("/actuator/")
                    ? "application/json"
                    : "text/html,application/xhtml+xml")
            .timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    return request;
  }

  /** Sends {@code request}, its body as text. */
  public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code request}, its body read by {@code body}. */
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    return HTTP.send(request, body);
  }

  /** The client the requests go through, for what {@code send} does not cover (async, streams). */
  public HttpClient client() {
    return HTTP;
  }
}
