package dev.weather.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A demo text product as NWS would send it once moved in time: its header's issue-time line (the
 * fixture's {@code ISSUED_AT}, see scripts/demo-products.py) written from its moved {@code
 * issuanceTime}, in the office's zone as NWS writes it ("342 PM EDT Tue Mar 10 2026").
 */
final class DemoProducts {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter HEADER =
      DateTimeFormatter.ofPattern("hmm a z EEE MMM d yyyy", Locale.US);
  private static final Map<String, ZoneId> ZONES =
      Map.of(
          "KBOX", ZoneId.of("America/New_York"),
          "KBOU", ZoneId.of("America/Denver"),
          "KSEW", ZoneId.of("America/Los_Angeles"));

  private DemoProducts() {}

  static String issued(String json) {
    try {
      ObjectNode product = (ObjectNode) JSON.readTree(json);
      if (!product.hasNonNull("productText") || !product.hasNonNull("issuanceTime")) {
        return json;
      }
      OffsetDateTime issued = OffsetDateTime.parse(product.get("issuanceTime").asText());
      ZoneId zone = ZONES.getOrDefault(product.path("issuingOffice").asText(), ZoneId.of("UTC"));
      String line = issued.atZoneSameInstant(zone).format(HEADER);
      product.put("productText", product.get("productText").asText().replace("ISSUED_AT", line));
      return JSON.writeValueAsString(product);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
