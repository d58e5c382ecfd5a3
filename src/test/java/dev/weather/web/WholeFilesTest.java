package dev.weather.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class WholeFilesTest {

  private final WholeFiles filter = new WholeFiles();

  @Test
  void hidesRangesFromTheFileHandlerAndOffersNone() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/assets/css/weather.css");
    request.addHeader("Range", "bytes=0-9");
    request.addHeader("If-Range", "\"x\"");
    request.addHeader("Accept", "text/css");
    MockHttpServletResponse response = new MockHttpServletResponse();
    AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

    filter.doFilter(
        request,
        response,
        (req, res) -> {
          seen.set((HttpServletRequest) req);
          ((HttpServletResponse) res).setHeader("Accept-Ranges", "bytes");
          ((HttpServletResponse) res).addHeader("ACCEPT-RANGES", "bytes");
          ((HttpServletResponse) res).setHeader("ETag", "\"e\"");
          ((HttpServletResponse) res).addHeader("Vary", "Accept");
        });

    HttpServletRequest wrapped = seen.get();
    assertThat(wrapped.getHeader("Range")).isNull();
    assertThat(wrapped.getHeader("if-range")).isNull();
    assertThat(Collections.list(wrapped.getHeaders("RANGE"))).isEmpty();
    assertThat(Collections.list(wrapped.getHeaderNames())).containsExactly("Accept");
    assertThat(wrapped.getHeader("Accept")).isEqualTo("text/css");
    assertThat(Collections.list(wrapped.getHeaders("Accept"))).containsExactly("text/css");
    assertThat(response.getHeader("Accept-Ranges")).isNull();
    assertThat(response.getHeader("ETag")).isEqualTo("\"e\"");
    assertThat(response.getHeader("Vary")).isEqualTo("Accept");
  }

  @Test
  void leavesEveryOtherAddressAlone() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/weather");
    request.addHeader("Range", "bytes=0-9");
    AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

    filter.doFilter(
        request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));

    assertThat(seen.get()).isSameAs(request);
    assertThat(seen.get().getHeader("Range")).isEqualTo("bytes=0-9");
  }
}
