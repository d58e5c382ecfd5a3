package dev.weather.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioEndpoint;

/**
 * Tomcat's HTTP/1.1 connector, with at most {@code maxConnectionsPerAddress} open connections from one address (0:
 * no limit): one more is closed as soon as it is accepted. Tomcat counts connections only in total, so one client
 * that opens thousands and dribbles a header byte now and then (each byte restarts the connection timeout) would
 * keep everyone else waiting. Public, with a constructor of no arguments: Tomcat makes it by its name.
 */
public class PerAddressProtocol extends Http11NioProtocol {

  public PerAddressProtocol() {
    super(new Endpoint());
  }

  public void setMaxConnectionsPerAddress(int max) {
    ((Endpoint) getEndpoint()).maxPerAddress = max;
  }

  public int getMaxConnectionsPerAddress() {
    return ((Endpoint) getEndpoint()).maxPerAddress;
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

    /** Whether the address already has its most: counted over the open connections, so a closed one never lingers. */
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
