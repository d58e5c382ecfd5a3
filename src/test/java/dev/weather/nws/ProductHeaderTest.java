package dev.weather.nws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text product's header: the routing lines dropped, its name, office and time kept. */
class ProductHeaderTest {

  private static final OffsetDateTime ISSUED = OffsetDateTime.parse("2026-12-02T10:52-05:00");

  @Test
  void readsTheHeaderAsNwsWritesIt() {
    List<String> lines =
        lines(
            "",
            "000",
            "FXUS61 KOKX 021552",
            "AFDOKX",
            "",
            "Area Forecast Discussion",
            "National Weather Service New York NY",
            "1052 AM EST Wed Dec 2 2026",
            "",
            ".SYNOPSIS...");

    assertThat(ProductHeader.read(lines))
        .isEqualTo(
            new ProductHeader(
                "Area Forecast Discussion", "National Weather Service New York NY", ISSUED, 8));
  }

  @Test
  void theSequenceNumberTheAwipsIdAndACorrectionsMarkMayEachBeMissing() {
    assertThat(
            ProductHeader.read(
                lines("FXUS61 KOKX 021552 CCA", "", "Area Forecast Discussion", "NWS", "", "x")))
        .isEqualTo(new ProductHeader("Area Forecast Discussion", "NWS", null, 4));
    assertThat(ProductHeader.read(lines("000", "FXUS61 KOKX 021552", "Name", "", "text")))
        .isEqualTo(new ProductHeader("Name", null, null, 3));
  }

  @Test
  void aBackupOfficesLineIsPassedOverForTheTime() {
    List<String> lines =
        lines(
            "FXUS65 KCYS 021752",
            "AFDCYS",
            "",
            "Area Forecast Discussion",
            "National Weather Service Cheyenne WY",
            "Issued by National Weather Service Boulder CO",
            "852 AM MST Wed Dec 2 2026",
            "",
            "text");

    assertThat(ProductHeader.read(lines))
        .isEqualTo(
            new ProductHeader(
                "Area Forecast Discussion",
                "National Weather Service Cheyenne WY",
                OffsetDateTime.parse("2026-12-02T08:52-07:00"),
                7));
  }

  @Test
  void anUnreadableTimeIsLeftOutAndTheNameAndOfficeKept() {
    List<String> lines =
        lines(
            "FXUS61 KOKX 021552",
            "AFDOKX",
            "",
            "  Area Forecast Discussion  ",
            "National Weather Service New York NY",
            "1052 AM XYZ Wed Dec 2 2026",
            "",
            "text");

    assertThat(ProductHeader.read(lines))
        .isEqualTo(
            new ProductHeader(
                "Area Forecast Discussion", "National Weather Service New York NY", null, 6));
  }

  @Test
  void theHeaderEndsAtItsTimeOrAHeadingWithoutABlankLine() {
    assertThat(ProductHeader.read(lines("Name", "1052 AM EST Wed Dec 2 2026", "text", "", "more")))
        .isEqualTo(new ProductHeader("Name", null, ISSUED, 2));
    assertThat(ProductHeader.read(lines("1052 AM EST Wed Dec 2 2026", "text")))
        .isEqualTo(new ProductHeader(null, null, ISSUED, 1));
    assertThat(ProductHeader.read(lines("FXUS61 KOKX 021552", "Name", ".SYNOPSIS...", "text")))
        .isEqualTo(new ProductHeader("Name", null, null, 2));
    assertThat(ProductHeader.read(lines("FXUS61 KOKX 021552", "", ".SYNOPSIS...Dry.")))
        .isEqualTo(new ProductHeader(null, null, null, 2));
  }

  @Test
  void aBlockOfMoreThanFourLinesIsTextNotAHeader() {
    List<String> four = lines("FXUS61 KOKX 021552", "", "one", "two", "three", "four", "", "x");
    List<String> five = lines("FXUS61 KOKX 021552", "", "one", "two", "three", "four", "five");

    assertThat(ProductHeader.read(four)).isEqualTo(new ProductHeader("one", "two", null, 6));
    assertThat(ProductHeader.read(five)).isEqualTo(new ProductHeader(null, null, null, 2));
    assertThat(
            ProductHeader.read(
                lines("one", "two", "three", "four", "1052 AM EST Wed Dec 2 2026", "", "x")))
        .isEqualTo(new ProductHeader(null, null, null, 0));
  }

  @Test
  void withoutRoutingLinesOnlyABlockWithATimeIsAHeader() {
    assertThat(ProductHeader.read(lines("", "  ", "Some text", "more text", "", "x")))
        .isEqualTo(new ProductHeader(null, null, null, 2));
    assertThat(ProductHeader.read(lines("000", "Name", "1052 AM EST Wed Dec 2 2026", "", "x")))
        .isEqualTo(new ProductHeader("000", "Name", ISSUED, 3));
    assertThat(ProductHeader.read(lines("AFDOKX", "", "x")))
        .isEqualTo(new ProductHeader(null, null, null, 0));
    assertThat(ProductHeader.read(lines("", ""))).isEqualTo(new ProductHeader(null, null, null, 2));
    assertThat(ProductHeader.read(List.of())).isEqualTo(new ProductHeader(null, null, null, 0));
  }

  @Test
  void aNameOrOfficeLongerThanAShortTextIsCut() {
    String longName = "N".repeat(AnswerLimits.SHORT_TEXT + 1);

    ProductHeader header =
        ProductHeader.read(lines("FXUS61 KOKX 021552", "", longName, "N".repeat(200), "", "x"));

    assertThat(header.title()).hasSize(AnswerLimits.SHORT_TEXT).endsWith(AnswerLimits.CUT);
    assertThat(header.office()).isEqualTo("N".repeat(200));
  }

  private static List<String> lines(String... lines) {
    return List.of(lines);
  }
}
