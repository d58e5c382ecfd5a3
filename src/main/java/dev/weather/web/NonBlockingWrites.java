package dev.weather.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * No request thread waits for a slow reader. Each answer is made whole in memory ({@link
 * BufferedResponse}), then sent without blocking (Servlet non-blocking I/O): a thread writes what
 * the connection takes now and goes back to work, and Tomcat's poller calls back when it takes
 * more. Otherwise a client that asks for a page and reads it a byte a second holds a thread as long
 * as it likes, and 8 such clients hold them all. An answer not taken whole within {@code
 * weather.web.write-deadline} is dropped with its connection. The bytes waiting for slow readers
 * are bounded in total ({@code weather.web.write-buffer}); past that an answer is a short 503
 * instead. Registered by {@link Writes}, for a real servlet container only (MockMvc has no
 * non-blocking output).
 */
class NonBlockingWrites extends OncePerRequestFilter {

  /** Written at most at a time: what a connection usually takes at once. */
  private static final int SLICE = 64 * 1024;

  private final long deadlineMillis;
  private final long maxWaitingBytes;
  private final AtomicLong waitingBytes = new AtomicLong();

  NonBlockingWrites(WebProperties web) {
    this.deadlineMillis = web.writeDeadline().toMillis();
    this.maxWaitingBytes = web.writeBuffer().toBytes();
  }

  /** The page is made in the dispatch that follows its run: it is sent at the end of that one. */
  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // In the dispatch after a run, the response is the one the first dispatch passed on, with this
    // wrapper in it.
    BufferedResponse buffered = WebUtils.getNativeResponse(response, BufferedResponse.class);
    HttpServletResponse passed =
        buffered != null ? response : (buffered = new BufferedResponse(response));
    chain.doFilter(request, passed);
    HttpServletResponse client = (HttpServletResponse) buffered.getResponse();
    if (request.isAsyncStarted() || buffered.passedOn() || client.isCommitted()) {
      return;
    }
    send(request, client, buffered.body());
  }

  private void send(HttpServletRequest request, HttpServletResponse response, byte[] body)
      throws IOException {
    if (body.length == 0) {
      return;
    }
    if (waitingBytes.addAndGet(body.length) > maxWaitingBytes) {
      waitingBytes.addAndGet(-body.length);
      response.reset();
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      return;
    }
    response.setContentLength(body.length);
    AsyncContext async = request.startAsync();
    async.setTimeout(deadlineMillis);
    Sending sending = new Sending(async, response.getOutputStream(), body);
    async.addListener(sending);
    sending.out.setWriteListener(sending);
  }

  /** One answer going out, a slice at a time, as fast as its client takes it. */
  private final class Sending implements WriteListener, AsyncListener {

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final byte[] body;
    private int sent;
    private boolean ended;

    Sending(AsyncContext async, ServletOutputStream out, byte[] body) {
      this.async = async;
      this.out = out;
      this.body = body;
    }

    @Override
    public void onWritePossible() throws IOException {
      while (out.isReady()) {
        if (sent == body.length) {
          if (end()) {
            async.complete();
          }
          return;
        }
        int length = Math.min(SLICE, body.length - sent);
        out.write(body, sent, length);
        sent += length;
      }
    }

    /** The client went away: Tomcat closes the connection. */
    @Override
    public void onError(Throwable gone) {
      if (end()) {
        async.complete();
      }
    }

    @Override
    public void onError(AsyncEvent event) {
      onError(event.getThrowable());
    }

    /**
     * Left uncompleted: Tomcat then ends the request as an error and closes the connection without
     * sending what is left (ErrorResponses says nothing more on an answer already on its way).
     */
    @Override
    public void onTimeout(AsyncEvent event) {
      end();
    }

    @Override
    public void onComplete(AsyncEvent event) {
      end();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {}

    /** Gives the answer's bytes back to the budget, once; whether this call ended it. */
    private synchronized boolean end() {
      if (ended) {
        return false;
      }
      ended = true;
      waitingBytes.addAndGet(-body.length);
      return true;
    }
  }
}
