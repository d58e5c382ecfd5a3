package dev.weather;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** Ports for the servers a test starts. */
public final class Ports {

  /**
   * Below Linux's ephemeral range (32768 on): a port the OS picks for port 0 is one it also hands
   * out to outgoing connections, so between the pick and a server binding it, a client may take it
   * (a dev server once failed "address already in use" that way).
   */
  private static final int FROM = 20_000;

  private static final int UNTIL = 32_768;

  private Ports() {}

  /** A port nothing listens on now, for a server that cannot take port 0. */
  public static int free() {
    IOException last = null;
    for (int attempt = 0; attempt < 50; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(FROM, UNTIL);
      try (ServerSocket socket = new ServerSocket(port)) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        last = taken;
      }
    }
    throw new UncheckedIOException("no free port in " + FROM + "-" + UNTIL, last);
  }
}
