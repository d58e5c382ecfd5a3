package dev.weather.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.weather.web.view.WeatherPage;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The forecast page. Its report, everything but the search box and the recent places, is rendered
 * once for all who would see the same, and kept as the bytes that go out: it prints only a {@link
 * WeatherPage}, records all the way down, so equal pages print the same HTML. A page that prints
 * the time (the chart's "now", "27 minutes ago") changes as time passes and is rendered again. The
 * rest of the page, with what this person typed and their recent places, is rendered for each
 * request. Measured in docs/BENCHMARKS.md: rendering the report and encoding it as UTF-8 were most
 * of a hot page's cost.
 */
@Component
class ForecastView implements View {

  static final String REPORT_TEMPLATE = "weather/report";

  /**
   * A model attribute: true when the page may be kept by the browser, which then asks whether it
   * changed.
   */
  static final String KEEP = "keep";

  /**
   * Where the report goes in the page around it. Nothing a person typed can print it: the page
   * escapes their text, so a {@code <} of theirs never comes out as one.
   */
  private static final String REPORT_HERE = "<!--report-->";

  private static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";

  /**
   * About 130 reports of some 30 KB each (and their keys, as much again): the places a busy
   * instance shows within a minute. Caffeine keeps those viewed often, not those viewed once, and a
   * page changes within a minute anyway.
   */
  private static final long MAX_BYTES = 4L * 1024 * 1024;

  private final Cache<Rendered, byte[]> reports =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .weigher((Rendered key, byte[] html) -> html.length)
          // Only to give the memory back: a page that prints the time changes within a minute.
          .expireAfterAccess(Duration.ofMinutes(1))
          .build();
  private final ITemplateEngine templates;

  /** Thymeleaf's view of the servlet container, built once rather than on every view. */
  private final JakartaServletWebApplication application;

  ForecastView(ITemplateEngine templates, ServletContext servletContext) {
    this.templates = templates;
    this.application = JakartaServletWebApplication.buildApplication(servletContext);
  }

  /** All the report template may read, so its HTML is a function of this key. */
  record Rendered(WeatherPage page, RunLinks.Refresh refresh, String state) {}

  @Override
  public String getContentType() {
    return HTML;
  }

  @Override
  public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Rendered key =
        new Rendered(
            (WeatherPage) model.get("page"),
            (RunLinks.Refresh) model.get("refresh"),
            (String) model.get("state"));
    byte[] report = reports.get(key, k -> report(k, request, response));
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("report", REPORT_HERE);
    String page = render(WeatherController.WEATHER_VIEW, variables, request, response);
    int at = page.indexOf(REPORT_HERE);

    // A finished report at the place's address may be kept by the browser and checked again
    // (PageEtags answers 304
    // while it is unchanged); one still being fetched is never kept, nor any page at a run's
    // address, which shows
    // newer runs in time. Private: the page lists the person's recent places.
    boolean keep = key.refresh() == null && model.get(KEEP) == Boolean.TRUE;
    response.setHeader(
        HttpHeaders.CACHE_CONTROL,
        (keep ? CacheControl.noCache().cachePrivate() : CacheControl.noStore()).getHeaderValue());
    response.setContentType(HTML);
    ServletOutputStream out = response.getOutputStream();
    out.write(page.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.write(report);
    out.write(page.substring(at + REPORT_HERE.length()).getBytes(StandardCharsets.UTF_8));
  }

  private byte[] report(Rendered key, HttpServletRequest request, HttpServletResponse response) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("page", key.page());
    variables.put("refresh", key.refresh());
    variables.put("state", key.state());
    return render(REPORT_TEMPLATE, variables, request, response).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * In a web context: icons, styles and scripts have content-hashed addresses, which the response
   * writes.
   */
  private String render(
      String template,
      Map<String, Object> variables,
      HttpServletRequest request,
      HttpServletResponse response) {
    return templates.process(
        template,
        new WebContext(application.buildExchange(request, response), Locale.US, variables));
  }
}
