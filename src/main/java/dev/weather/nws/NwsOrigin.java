package dev.weather.nws;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The NWS origin (scheme, host and port) the configured base URL names: the only one a redirect may
 * lead to, so that nothing NWS sends can make the app call another host.
 */
record NwsOrigin(URI uri) {

  /**
   * A redirect's target, resolved against the request's address, if it is on the NWS origin; else a
   * failure.
   */
  URI redirect(URI requested, String location, int status) {
    if (location == null || location.isBlank()) {
      throw NwsErrors.misdirected(status, "a redirect without a Location");
    }
    URI target;
    try {
      target = requested.resolve(new URI(location.strip()));
    } catch (URISyntaxException e) {
      throw NwsErrors.misdirected(status, "a redirect to an address that is not valid");
    }
    boolean sameOrigin =
        uri.getScheme().equalsIgnoreCase(target.getScheme())
            && uri.getHost().equalsIgnoreCase(target.getHost())
            && port(uri) == port(target);
    if (!sameOrigin) {
      throw NwsErrors.misdirected(
          status, "a redirect to " + target.getScheme() + "://" + target.getHost());
    }
    return target;
  }

  private static int port(URI uri) {
    return uri.getPort() != -1
        ? uri.getPort()
        : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
