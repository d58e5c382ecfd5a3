package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class BufferedResponseTest {

  private final MockHttpServletResponse client = new MockHttpServletResponse();
  private final BufferedResponse buffered = new BufferedResponse(client);

  @Test
  void keepsWhatIsWrittenAndFlushedUntilAsked() throws Exception {
    buffered.setCharacterEncoding("UTF-8");
    buffered.getOutputStream().write("a".getBytes(StandardCharsets.UTF_8));
    buffered.getOutputStream().write("bc".getBytes(StandardCharsets.UTF_8), 0, 2);
    buffered.getOutputStream().write('d');
    buffered.getWriter().write("é");
    buffered.flushBuffer();
    buffered.setContentLength(1);
    buffered.setContentLengthLong(1);

    assertThat(new String(buffered.body(), StandardCharsets.UTF_8)).isEqualTo("abcdé");
    assertThat(client.getContentAsByteArray()).as("nothing out yet").isEmpty();
    assertThat(client.isCommitted()).isFalse();
    assertThat(buffered.isCommitted()).isFalse();
    assertThat(client.getContentLength()).as("set when the body goes out").isZero();
    assertThat(buffered.getOutputStream().isReady()).isTrue();
    assertThatThrownBy(() -> buffered.getOutputStream().setWriteListener(null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void writesTextInTheResponsesEncodingElseLatin1() throws Exception {
    buffered.getWriter().write("é");

    assertThat(buffered.body()).containsExactly((byte) 0xE9);
    assertThat(buffered.getWriter()).isSameAs(buffered.getWriter());
  }

  @Test
  void forgetsTheBodyOnAResetAndLeavesAnErrorOrARedirectToTheContainer() throws Exception {
    buffered.getOutputStream().write(1);
    buffered.resetBuffer();
    assertThat(buffered.body()).isEmpty();
    buffered.getOutputStream().write(2);
    buffered.setHeader("X-A", "1");
    buffered.reset();
    assertThat(buffered.body()).isEmpty();
    assertThat(client.getHeader("X-A")).isNull();
    assertThat(buffered.passedOn()).isFalse();

    buffered.getOutputStream().write(3);
    buffered.sendError(404);
    assertThat(buffered.passedOn()).isTrue();
    assertThat(buffered.isCommitted()).isTrue();
    assertThat(buffered.body()).isEmpty();
    assertThat(client.getStatus()).isEqualTo(404);
  }

  @Test
  void passesOnAnErrorWithItsMessageAndARedirect() throws Exception {
    BufferedResponse failed = new BufferedResponse(new MockHttpServletResponse());
    failed.getOutputStream().write(1);
    failed.sendError(503, "busy");
    assertThat(failed.passedOn()).isTrue();
    assertThat(failed.body()).isEmpty();
    assertThat(((MockHttpServletResponse) failed.getResponse()).getErrorMessage())
        .isEqualTo("busy");

    BufferedResponse moved = new BufferedResponse(new MockHttpServletResponse());
    moved.getOutputStream().write(1);
    moved.sendRedirect("/weather");
    assertThat(moved.passedOn()).isTrue();
    assertThat(moved.body()).isEmpty();
    assertThat(((MockHttpServletResponse) moved.getResponse()).getRedirectedUrl())
        .isEqualTo("/weather");
  }
}
