package dev.weather.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.Constants;
import org.apache.coyote.Processor;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.NioEndpoint;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 connector with two limits Tomcat lacks, against a client that holds connections
 * open cheaply: at most {@code maxConnectionsPerAddress} open connections from one address (one
 * more is closed as soon as it is accepted), and a request's header must be whole within {@code
 * headerDeadlineMillis} of its first byte (Tomcat's connection timeout restarts with every byte, so
 * a header line every few seconds would hold a connection for minutes). 0 turns either off. Public,
 * with a constructor of no arguments: Tomcat makes it by its name.
 */
public class PerAddressProtocol extends Http11NioProtocol {

  private volatile long headerDeadlineMillis;
  private ScheduledFuture<?> sweep;

  public PerAddressProtocol() {
    super(new Endpoint());
  }

  public void setMaxConnectionsPerAddress(int max) {
    ((Endpoint) getEndpoint()).maxPerAddress = max;
  }

  public int getMaxConnectionsPerAddress() {
    return ((Endpoint) getEndpoint()).maxPerAddress;
  }

  public void setHeaderDeadlineMillis(long millis) {
    headerDeadlineMillis = millis;
  }

  public long getHeaderDeadlineMillis() {
    return headerDeadlineMillis;
  }

  @Override
  public void start() throws Exception {
    super.start();
    if (headerDeadlineMillis > 0) {
      sweep =
          getUtilityExecutor()
              .scheduleWithFixedDelay(this::closeLateHeaders, 1, 1, TimeUnit.SECONDS);
    }
  }

  @Override
  public void stop() throws Exception {
    if (sweep != null) {
      sweep.cancel(false);
    }
    super.stop();
  }

  /**
   * Ends each connection whose request began arriving longer ago than the deadline and is still not
   * being served: its header is incomplete. A request being served, or answered asynchronously, has
   * its own limits; a connection between requests has none begun (Tomcat's keep-alive timeout ends
   * it).
   */
  private void closeLateHeaders() {
    long now = System.nanoTime();
    long deadline = TimeUnit.MILLISECONDS.toNanos(headerDeadlineMillis);
    for (SocketWrapperBase<NioChannel> wrapper : getEndpoint().getConnections()) {
      if (wrapper.getCurrentProcessor() instanceof Processor processor
          && !processor.isAsync()
          && !processor.isUpgrade()
          && late(processor.getRequest(), now, deadline)) {
        // As Tomcat's poller ends a connection whose read timed out.
        wrapper.setError(new SocketTimeoutException("request header not complete in time"));
        if (!getEndpoint().processSocket(wrapper, SocketEvent.ERROR, true)) {
          wrapper.close();
        }
      }
    }
  }

  private static boolean late(Request request, long now, long deadline) {
    long start = request.getStartTimeNanos();
    return start > 0
        && request.getRequestProcessor().getStage() != Constants.STAGE_SERVICE
        && now - start > deadline;
  }

  private static final class Endpoint extends NioEndpoint {

    private volatile int maxPerAddress;

    @Override
    protected boolean setSocketOptions(SocketChannel socket) {
      if (maxPerAddress > 0 && full(socket)) {
        // Closed and uncounted here: the acceptor closes only sockets that got as far as a wrapper.
        destroySocket(socket);
        return false;
      }
      return super.setSocketOptions(socket);
    }

    /**
     * Whether the address already has its most: counted over the open connections, so a closed one
     * never lingers.
     */
    private boolean full(SocketChannel socket) {
      InetAddress from = address(socket);
      if (from == null) {
        return false;
      }
      int open = 0;
      for (SocketChannel other : connections.keySet()) {
        if (from.equals(address(other)) && ++open >= maxPerAddress) {
          return true;
        }
      }
      return false;
    }

    private static InetAddress address(SocketChannel socket) {
      try {
        return socket.getRemoteAddress() instanceof InetSocketAddress at ? at.getAddress() : null;
      } catch (IOException closed) {
        return null;
      }
    }
  }
}
