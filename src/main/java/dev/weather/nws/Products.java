package dev.weather.nws;

import static dev.weather.nws.AnswerLimits.PRODUCT_TEXT;
import static dev.weather.nws.AnswerLimits.shortText;

import dev.weather.forecast.Discussion;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NWS's text products read into a {@link Discussion}: an office's list gives the newest product's
 * id, {@code /products/{id}} the product, its text read by {@link ProductHeader} and {@link
 * ProductSections}.
 */
final class Products {

  /**
   * The office whose products a grid's office issues under another id: Alaska's AER and ALU grids
   * are Anchorage's (AFC); every other office issues under its own.
   */
  static String issuingOffice(String gridOffice) {
    return gridOffice.equals("AER") || gridOffice.equals("ALU") ? "AFC" : gridOffice;
  }

  /** NWS's product ids are UUIDs; anything else is not put in a path. */
  static final Pattern PRODUCT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private Products() {}

  /** The newest product's id in the list in {@code body}; none when the office has issued none. */
  static Optional<String> newestId(byte[] body) {
    return newestId(NwsJson.read(body, ProductJson.Listing.class));
  }

  /** The newest product's id in {@code listing}; none when the office has issued none. */
  static Optional<String> newestId(ProductJson.Listing listing) {
    List<ProductJson.Entry> entries = listing.graph();
    if (entries == null) {
      throw NwsErrors.malformed("the product list has no @graph", null);
    }
    return newest(entries);
  }

  /**
   * The latest issued of {@code entries} with an id fit for a path: NWS lists the newest first, so
   * where times tie or are missing, the first listed.
   */
  static Optional<String> newest(List<ProductJson.Entry> entries) {
    ProductJson.Entry newest = null;
    for (ProductJson.Entry entry : entries) {
      if (entry != null
          && entry.id() != null
          && PRODUCT_ID.matcher(entry.id()).matches()
          && (newest == null || later(entry.issuanceTime(), newest.issuanceTime()))) {
        newest = entry;
      }
    }
    if (newest == null && !entries.isEmpty()) {
      throw NwsErrors.malformed("no listed product has a usable id", null);
    }
    return Optional.ofNullable(newest).map(ProductJson.Entry::id);
  }

  /** The product in {@code body}, which was asked for as a {@code kind}. */
  static Discussion discussion(Discussion.Kind kind, byte[] body) {
    return of(kind, NwsJson.read(body, ProductJson.Product.class));
  }

  /**
   * {@code product} as a discussion: the header's title, office and time where the text has them,
   * else NWS's own fields for them.
   */
  static Discussion of(Discussion.Kind kind, ProductJson.Product product) {
    String code = product.productCode();
    if (code != null && !code.strip().equals(kind.name())) {
      throw NwsErrors.malformed("asked for an " + kind + ", got " + code, null);
    }
    String text = product.productText();
    if (text == null || text.isBlank()) {
      throw NwsErrors.malformed("the product has no text", null);
    }
    List<String> lines = lines(text);
    ProductHeader header = ProductHeader.read(lines);
    return new Discussion(
        kind,
        header.office() != null ? header.office() : shortText(product.issuingOffice()),
        header.issued() != null ? header.issued() : product.issuanceTime(),
        header.title() != null ? header.title() : shortText(product.productName()),
        ProductSections.read(lines.subList(header.body(), lines.size())));
  }

  /**
   * The first {@link AnswerLimits#PRODUCT_TEXT} characters of {@code text}, line by line, whatever
   * line ends it uses; a control character (a tab, a stray NUL) is no text a person reads, and
   * becomes a space.
   */
  static List<String> lines(String text) {
    String plain =
        text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n]]", " ");
    return List.of(AnswerLimits.text(plain, PRODUCT_TEXT).split("\n", -1));
  }

  private static boolean later(OffsetDateTime time, OffsetDateTime than) {
    return time != null && (than == null || time.isAfter(than));
  }
}
