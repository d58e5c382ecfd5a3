package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The filter's own rules, with a client that takes what it is given only when told to. */
class NonBlockingWritesTest {

  private final NonBlockingWrites writes =
      new NonBlockingWrites(
          new WebProperties(
              Duration.ofSeconds(2),
              10,
              Duration.ofSeconds(7),
              DataSize.ofBytes(100_000),
              200,
              Duration.ofSeconds(10)));

  @Test
  void sendsTheWholeAnswerAsTheClientTakesItThenCompletes() throws Exception {
    SlowClient client = new SlowClient();
    MockHttpServletRequest request = request();

    writes.doFilter(request, client, writing("x".repeat(70_000)));

    assertThat(request.getAsyncContext().getTimeout()).as("the write deadline").isEqualTo(7_000);
    assertThat(client.getContentLength()).isEqualTo(70_000);
    assertThat(client.taken.size())
        .as("a slice at first, then what the client takes")
        .isEqualTo(64 * 1024);
    assertThat(request.isAsyncStarted()).isTrue();

    client.takeMore();

    assertThat(client.taken.toString(StandardCharsets.UTF_8)).isEqualTo("x".repeat(70_000));
    assertThat(request.isAsyncStarted()).as("completed").isFalse();
  }

  @Test
  void answers503AtOnceWhileTooManyBytesWaitForSlowReadersAndTakesAnswersAgainOnceTheyAreOut()
      throws Exception {
    SlowClient first = new SlowClient();
    writes.doFilter(request(), first, writing("x".repeat(70_000)));

    SlowClient second = new SlowClient();
    writes.doFilter(request(), second, writing("y".repeat(40_000)));

    assertThat(second.getStatus()).isEqualTo(503);
    assertThat(second.getHeader("Retry-After")).isEqualTo("1");
    assertThat(second.taken.size()).isZero();

    first.takeMore();
    SlowClient third = new SlowClient();
    writes.doFilter(request(), third, writing("z".repeat(40_000)));
    assertThat(third.getStatus()).isEqualTo(200);
    assertThat(third.taken.size()).isEqualTo(40_000);
  }

  @Test
  void sendsNothingForAnAnswerWithoutABodyAndLeavesAnErrorToTheContainer() throws Exception {
    SlowClient empty = new SlowClient();
    MockHttpServletRequest request = request();
    writes.doFilter(request, empty, (req, res) -> {});
    assertThat(request.isAsyncStarted()).isFalse();

    SlowClient failed = new SlowClient();
    writes.doFilter(
        request(),
        failed,
        (req, res) -> {
          res.getWriter().write("partial");
          ((jakarta.servlet.http.HttpServletResponse) res).sendError(404);
        });
    assertThat(failed.getStatus()).isEqualTo(404);
    assertThat(failed.taken.size()).as("what was written before the error is dropped").isZero();
  }

  private static MockHttpServletRequest request() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/weather");
    request.setAsyncSupported(true);
    return request;
  }

  private static FilterChain writing(String body) {
    return (request, response) ->
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Takes one write, then nothing until {@link #takeMore}. */
  private static final class SlowClient extends MockHttpServletResponse {

    final ByteArrayOutputStream taken = new ByteArrayOutputStream();
    private WriteListener listener;
    private boolean ready = true;
    private final ServletOutputStream stream =
        new ServletOutputStream() {
          @Override
          public boolean isReady() {
            return ready;
          }

          @Override
          public void setWriteListener(WriteListener writeListener) {
            listener = writeListener;
            try {
              listener.onWritePossible();
            } catch (java.io.IOException e) {
              throw new IllegalStateException(e);
            }
          }

          @Override
          public void write(int b) {
            taken.write(b);
            ready = false;
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            taken.write(bytes, offset, length);
            ready = false;
          }
        };

    @Override
    public ServletOutputStream getOutputStream() {
      return stream;
    }

    void takeMore() throws java.io.IOException {
      while (listener != null) {
        ready = true;
        int before = taken.size();
        listener.onWritePossible();
        if (taken.size() == before) {
          return;
        }
      }
    }
  }
}
