package dev.weather.web.view;

import dev.weather.forecast.Discussion;
import dev.weather.forecast.DiscussionSection;
import dev.weather.forecast.Part;
import dev.weather.forecast.WeatherReport;
import dev.weather.place.Place;
import dev.weather.report.Answer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The discussion page: the office's latest Area Forecast Discussion and Hazardous Weather Outlook
 * for the place, their times in the place's zone. Plain text as the forecasters wrote it: each
 * section a heading and paragraphs, which the page escapes like any other text.
 *
 * @param forecastLink the place's forecast page
 */
public record DiscussionPage(
    String heading, String forecastLink, PartView<List<Product>> products) {

  /** One product: its title ("Area Forecast Discussion"), office, and when it was issued. */
  public record Product(
      String code,
      String title,
      String office,
      String issued,
      String issuedIso,
      List<DiscussionSection> sections) {

    static Product of(Discussion d, ZoneId zone) {
      return new Product(
          d.kind().name().toLowerCase(Locale.ROOT),
          d.title() == null ? d.kind().name() : d.title(),
          d.office(),
          d.issued() == null ? null : Times.format(d.issued(), zone, Times.WHEN),
          d.issued() == null ? null : d.issued().toInstant().toString(),
          d.sections());
    }
  }

  public static DiscussionPage of(Place place, Answer.Shown shown, String forecastLink) {
    WeatherReport report = shown.report();
    ZoneId zone = report.forecast().timeZone();
    List<Product> products = report.discussions().stream().map(d -> Product.of(d, zone)).toList();
    return new DiscussionPage(
        "Forecast discussion for " + (place == null ? report.forecast().label() : place.label()),
        forecastLink,
        PartView.of(products, Part.DISCUSSION, report));
  }
}
