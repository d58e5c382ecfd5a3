package dev.weather.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Browsers ask for /favicon.ico whatever a page links: it leads to the app's icon at its
 * content-hashed address, so no page ever logs a 404 for it. Pages link the icon itself ({@code
 * <link rel="icon">}).
 */
@Controller
class Favicon {

  static final String ICON = "/assets/icons/favicon.svg";

  private final ResourceUrlProvider urls;

  Favicon(ResourceUrlProvider mvcResourceUrlProvider) {
    this.urls = mvcResourceUrlProvider;
  }

  @GetMapping("/favicon.ico")
  ResponseEntity<Void> favicon() {
    String hashed = urls.getForLookupPath(ICON);
    return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
        .location(URI.create(hashed == null ? ICON : hashed))
        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
        .build();
  }
}
