package dev.weather.nws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The parts of NWS's text products the app reads: an office's list of one type ({@code
 * /products/types/{type}/locations/{office}}, JSON-LD, newest first under {@code @graph}) and one
 * product ({@code /products/{id}}), whose {@code productText} is the fixed-width text itself.
 */
final class ProductJson {

  private ProductJson() {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Listing(@JsonProperty("@graph") List<Entry> graph) {}

  /** A listed product: the list carries no text, only what to ask for it by. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Entry(String id, OffsetDateTime issuanceTime) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Product(
      String id,
      String issuingOffice,
      OffsetDateTime issuanceTime,
      String productCode,
      String productName,
      String productText) {}
}
