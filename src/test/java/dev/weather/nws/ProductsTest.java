package dev.weather.nws;

import static dev.weather.nws.AnswerLimits.CUT;
import static dev.weather.nws.AnswerLimits.PRODUCT_TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weather.forecast.Discussion;
import dev.weather.forecast.DiscussionSection;
import dev.weather.forecast.NwsFault;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An office's product list and one product read from NWS's JSON into a {@link Discussion}. */
class ProductsTest {

  private static final OffsetDateTime LISTED = OffsetDateTime.parse("2026-12-02T15:52:00Z");

  @Test
  void readsAProductShapedLikeNwsOwn() throws IOException {
    Discussion afd =
        Products.discussion(Discussion.Kind.AFD, fixture("/nws/product_afd_small.json"));

    assertThat(afd.kind()).isEqualTo(Discussion.Kind.AFD);
    assertThat(afd.title()).isEqualTo("Area Forecast Discussion");
    assertThat(afd.office()).isEqualTo("National Weather Service New York NY");
    assertThat(afd.issued()).isEqualTo(OffsetDateTime.parse("2026-12-02T10:52-05:00"));
    assertThat(afd.sections())
        .extracting(DiscussionSection::heading)
        .containsExactly(
            "SYNOPSIS",
            "NEAR TERM /THROUGH TONIGHT/",
            "SHORT TERM /THURSDAY THROUGH FRIDAY/",
            "AVIATION /16Z WEDNESDAY THROUGH SUNDAY/",
            "OKX WATCHES/WARNINGS/ADVISORIES");
    assertThat(afd.sections().get(0).paragraphs())
        .containsExactly(
            "High pressure slides offshore today as a warm front lifts north through the area"
                + " tonight. A cold front follows on Friday, with colder air filling in behind it"
                + " for the weekend.");
    assertThat(afd.sections().get(1).paragraphs())
        .hasSize(2)
        .endsWith("Rain amounts stay under a quarter inch.");
    assertThat(afd.sections().get(2).paragraphs())
        .containsExactly(
            "Key Points:",
            "* Gusts of 35 to 40 mph are possible behind the front Friday afternoon.");
    assertThat(afd.sections().get(3).paragraphs())
        .containsExactly(
            "VFR through 21Z, then MVFR in light rain.",
            "...NY Metro (KEWR/KLGA/KJFK/KTEB) TAF Uncertainty...",
            "Timing of MVFR may be off by an hour or two.");
    assertThat(afd.sections().get(4).paragraphs())
        .containsExactly("CT...None. NY...None. NJ...None. MARINE...None.");
  }

  @Test
  void theNewestIdOfAListShapedLikeNwsOwn() throws IOException {
    assertThat(Products.newestId(fixture("/nws/products_afd_small.json")))
        .contains("6f1c2a4e-8d3b-4c55-9a7e-2b0c1d9e4f10");
  }

  @Test
  void anEmptyListIsNoneIssued() {
    assertThat(Products.newestId(json("{\"@context\": {}, \"@graph\": []}"))).isEmpty();
  }

  @Test
  void aListWithoutItsGraphOrNotJsonIsMalformed() {
    assertMalformed(() -> Products.newestId(json("{\"@context\": {}}")), "no @graph");
    assertMalformed(() -> Products.newestId(json("<html>")), "not JSON");
  }

  @Test
  void theNewestIsTheLatestIssuedAndTheFirstListedAmongEquals() {
    assertThat(Products.newest(List.of(entry("a", "06:00"), entry("b", "09:00")))).contains("b");
    assertThat(Products.newest(List.of(entry("a", "09:00"), entry("b", "06:00")))).contains("a");
    assertThat(Products.newest(List.of(entry("a", "09:00"), entry("b", "09:00")))).contains("a");
    assertThat(Products.newest(List.of(entry("a", null), entry("b", "06:00")))).contains("b");
    assertThat(Products.newest(List.of(entry("a", "06:00"), entry("b", null)))).contains("a");
    assertThat(Products.newest(List.of(entry("a", null), entry("b", null)))).contains("a");
  }

  @Test
  void anEntryWithoutAnIdFitForAPathIsPassedOver() {
    String longest = "f".repeat(64);

    assertThat(
            Products.newest(
                Arrays.asList(
                    null,
                    entry(null, "12:00"),
                    entry("", "12:00"),
                    entry("../alerts", "12:00"),
                    entry("a b", "12:00"),
                    entry("f".repeat(65), "12:00"),
                    entry(longest, "06:00"))))
        .contains(longest);
    assertMalformed(
        () -> Products.newest(List.of(entry("../x", "06:00"))), "no listed product has");
  }

  @Test
  void fallsBackOnNwsFieldsWhereTheTextHasNoHeader() {
    Discussion hwo = Products.of(Discussion.Kind.HWO, product("HWO", ".DAY ONE...Dry."));

    assertThat(hwo)
        .isEqualTo(
            new Discussion(
                Discussion.Kind.HWO,
                "KOKX",
                LISTED,
                "Hazardous Weather Outlook",
                List.of(new DiscussionSection("DAY ONE", List.of("Dry.")))));
  }

  @Test
  void anUnreadableIssueTimeIsNwsListedTimeOrNone() {
    String text = "FXUS61 KOKX 021552\nAFDOKX\n\nArea Forecast Discussion\nNWS\nsoon\n\nx";

    assertThat(Products.of(Discussion.Kind.AFD, product("AFD", text)).issued()).isEqualTo(LISTED);
    assertThat(
            Products.of(
                    Discussion.Kind.AFD,
                    new ProductJson.Product("id", null, null, "AFD", null, text))
                .issued())
        .isNull();
  }

  @Test
  void aProductWithoutAnythingButTextIsRead() {
    assertThat(
            Products.of(
                Discussion.Kind.AFD, new ProductJson.Product(null, null, null, null, null, "x")))
        .isEqualTo(
            new Discussion(
                Discussion.Kind.AFD,
                null,
                null,
                null,
                List.of(new DiscussionSection(null, List.of("x")))));
  }

  @Test
  void nwsFieldsLongerThanAShortTextAreCut() {
    String name = "n".repeat(AnswerLimits.SHORT_TEXT + 1);

    Discussion afd =
        Products.of(
            Discussion.Kind.AFD, new ProductJson.Product("id", name, null, "AFD", name, "x"));

    assertThat(afd.office()).hasSize(AnswerLimits.SHORT_TEXT).endsWith(CUT);
    assertThat(afd.title()).hasSize(AnswerLimits.SHORT_TEXT).endsWith(CUT);
  }

  @Test
  void anotherKindOfProductOrOneWithoutTextIsMalformed() {
    assertMalformed(
        () -> Products.of(Discussion.Kind.AFD, product("HWO", "x")), "asked for an AFD, got HWO");
    assertThat(Products.of(Discussion.Kind.AFD, product(" AFD ", "x")).kind())
        .isEqualTo(Discussion.Kind.AFD);
    assertMalformed(() -> Products.of(Discussion.Kind.AFD, product("AFD", null)), "no text");
    assertMalformed(() -> Products.of(Discussion.Kind.AFD, product("AFD", " \n\r\n ")), "no text");
    assertMalformed(
        () -> Products.discussion(Discussion.Kind.AFD, json("{\"productText\": {}}")), "not JSON");
  }

  @Test
  void windowsAndOldMacLineEndingsReadAsLineEnds() {
    String text =
        "FXUS61 KOKX 021552\r\nAFDOKX\r\n\r\nName\r\nNWS\r\n"
            + "1052 AM EST Wed Dec 2 2026\r\n\r\n.SYNOPSIS...\r\nOne\r\ntwo.\r\n\r\nThree.\r\r.X...\ry";

    Discussion afd = Products.of(Discussion.Kind.AFD, product("AFD", text));

    assertThat(afd.title()).isEqualTo("Name");
    assertThat(afd.issued()).isEqualTo(OffsetDateTime.parse("2026-12-02T10:52-05:00"));
    assertThat(afd.sections())
        .containsExactly(
            new DiscussionSection("SYNOPSIS", List.of("One two.", "Three.")),
            new DiscussionSection("X", List.of("y")));
  }

  @Test
  void controlCharactersBecomeSpaces() {
    assertThat(Products.lines("a\tb\u0000c\u0007\n\u001bd\u007f")).containsExactly("a b c ", " d ");
  }

  @Test
  void readsTheFirstCharactersUpToTheLimitOnceLineEndsAreOne() {
    // One character over the limit as sent, at the limit once "\r\n" is one line end.
    String windows = "x".repeat(PRODUCT_TEXT - 2) + "\r\ny";

    assertThat(Products.lines(windows)).containsExactly("x".repeat(PRODUCT_TEXT - 2), "y");
    assertThat(Products.lines(windows + "z")).containsExactly("x".repeat(PRODUCT_TEXT - 3) + CUT);
  }

  @Test
  void aProductOverTheLimitLosesItsEnd() {
    String text = ".A...\nkept\n\n" + "x ".repeat(PRODUCT_TEXT / 2) + "\n\n.B...\nlost";

    Discussion afd = Products.of(Discussion.Kind.AFD, product("AFD", text));

    assertThat(afd.sections()).extracting(DiscussionSection::heading).containsExactly("A");
    assertThat(afd.sections().get(0).paragraphs()).hasSize(2).startsWith("kept");
    assertThat(afd.sections().get(0).paragraphs().get(1)).endsWith("x " + "x" + CUT);
  }

  private static ProductJson.Entry entry(String id, String time) {
    return new ProductJson.Entry(
        id, time == null ? null : OffsetDateTime.parse("2026-12-02T" + time + ":00Z"));
  }

  private static ProductJson.Product product(String code, String text) {
    return new ProductJson.Product("id", "KOKX", LISTED, code, "Hazardous Weather Outlook", text);
  }

  private static void assertMalformed(Runnable read, String detail) {
    assertThatThrownBy(read::run)
        .isInstanceOfSatisfying(
            NwsException.class, e -> assertThat(e.kind()).isEqualTo(NwsFault.MALFORMED))
        .hasMessageContaining(detail);
  }

  private static byte[] json(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] fixture(String path) throws IOException {
    try (InputStream in = ProductsTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }
}
