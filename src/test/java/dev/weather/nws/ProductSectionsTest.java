package dev.weather.nws;

import static dev.weather.nws.AnswerLimits.CUT;
import static dev.weather.nws.AnswerLimits.PARAGRAPH;
import static dev.weather.nws.AnswerLimits.PRODUCT_SECTIONS;
import static dev.weather.nws.AnswerLimits.SECTION_PARAGRAPHS;
import static dev.weather.nws.AnswerLimits.SHORT_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.DiscussionSection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A text product's body read into sections and paragraphs by NWS's fixed-width marks. */
class ProductSectionsTest {

  @Test
  void sectionsEndedByAmpersands() {
    assertThat(read(".SYNOPSIS...", "High pressure.", "", "&&", "", ".MARINE...", "Calm.", "&&"))
        .containsExactly(section("SYNOPSIS", "High pressure."), section("MARINE", "Calm."));
  }

  @Test
  void withoutAmpersandsASectionEndsAtTheNextHeading() {
    assertThat(read(".DAY ONE...", "Showers.", ".DAYS TWO THROUGH SEVEN...", "Dry."))
        .containsExactly(section("DAY ONE", "Showers."), section("DAYS TWO THROUGH SEVEN", "Dry."));
  }

  @Test
  void textAfterTheHeadingsDotsStartsItsFirstParagraph() {
    assertThat(read(".DAY ONE...This afternoon and tonight.", "", "Storms are likely."))
        .containsExactly(section("DAY ONE", "This afternoon and tonight.", "Storms are likely."));
    assertThat(read(".UPDATE...Rain moved in", "sooner than forecast."))
        .containsExactly(section("UPDATE", "Rain moved in sooner than forecast."));
    assertThat(read(".UPDATE ...  Spaced out.  "))
        .containsExactly(section("UPDATE", "Spaced out."));
  }

  @Test
  void theHeadingsNameEndsAtItsFirstThreeDots() {
    assertThat(read(".NEAR TERM /THROUGH TONIGHT/...", "Rain."))
        .containsExactly(section("NEAR TERM /THROUGH TONIGHT/", "Rain."));
    assertThat(read(".A...B...C")).containsExactly(section("A", "B...C"));
    assertThat(read(".X......")).containsExactly(section("X", "..."));
  }

  @Test
  void onlyADotAndALetterAtTheVeryStartMakeAHeading() {
    assertThat(
            read(
                ".SYNOPSIS...",
                "",
                " ...NY Metro TAF Uncertainty...",
                "",
                "...Heat advisory...",
                "",
                ".5 inches...at most.",
                "",
                " .MARINE...",
                "",
                ".MARINE..",
                "",
                "..MARINE..."))
        .containsExactly(
            section(
                "SYNOPSIS",
                "...NY Metro TAF Uncertainty...",
                "...Heat advisory...",
                ".5 inches...at most.",
                ".MARINE...",
                ".MARINE..",
                "..MARINE..."));
  }

  @Test
  void wrappedLinesJoinWithOneSpaceAndKeepTheirInnerSpacing() {
    assertThat(read(".AVIATION...", "Winds  become E/NE around 10 kt late this ", "  afternoon."))
        .containsExactly(
            section("AVIATION", "Winds  become E/NE around 10 kt late this afternoon."));
  }

  @Test
  void blankLinesSeparateParagraphsAndMakeNoEmptyOnes() {
    assertThat(read(".SYNOPSIS...", "", "One", "line.", "", "   ", "\t", "Two.", "", ""))
        .containsExactly(section("SYNOPSIS", "One line.", "Two."));
  }

  @Test
  void twoDollarsEndTheProduct() {
    assertThat(read(".SYNOPSIS...", "Dry.", "&&", "$$", "", "SYNOPSIS...JS", ".MARINE...", "x"))
        .containsExactly(section("SYNOPSIS", "Dry."));
    assertThat(read(".SYNOPSIS...", "Dry.", "  $$  ", "after"))
        .containsExactly(section("SYNOPSIS", "Dry."));
    assertThat(read("$$", "x")).isEmpty();
    assertThat(read(".SYNOPSIS...", "Costs $$ or $$$.", "$$$"))
        .containsExactly(section("SYNOPSIS", "Costs $$ or $$$. $$$"));
  }

  @Test
  void aProductWithoutSectionsIsOneBodyWithoutAHeading() {
    assertThat(read("The office is testing", "its equipment.", "", "No action needed."))
        .containsExactly(
            section(null, "The office is testing its equipment.", "No action needed."));
  }

  @Test
  void textOutsideNamedSectionsMakesSectionsWithoutAHeading() {
    assertThat(read("CTZ005-NYZ071-", "Zones.", ".DAY ONE...", "Dry.", "&&", "Between.", ".X...y"))
        .containsExactly(
            section(null, "CTZ005-NYZ071- Zones."),
            section("DAY ONE", "Dry."),
            section(null, "Between."),
            section("X", "y"));
  }

  @Test
  void aHeadingWithoutTextIsLeftOut() {
    assertThat(read(".UPDATE...", "", "&&", ".MARINE...", ".HYDROLOGY...", "  ", "&&", "&&"))
        .isEmpty();
    assertThat(read("")).isEmpty();
    assertThat(read()).isEmpty();
  }

  @Test
  void markupLookingTextIsKeptAsItIs() {
    String text = "<script>alert('x')</script> &amp; <b>bold</b> && &lt;";

    assertThat(read(".SYNOPSIS <i>now</i>...", text, "&&&", "<!-- -->"))
        .containsExactly(section("SYNOPSIS <i>now</i>", text + " &&& <!-- -->"));
  }

  @Test
  void keepsTheFirstSectionsUpToTheLimit() {
    assertThat(read(sections(PRODUCT_SECTIONS))).hasSize(PRODUCT_SECTIONS);
    List<DiscussionSection> over = read(sections(PRODUCT_SECTIONS + 1));

    assertThat(over).hasSize(PRODUCT_SECTIONS);
    assertThat(over.get(PRODUCT_SECTIONS - 1).heading()).isEqualTo("S" + (PRODUCT_SECTIONS - 1));
  }

  @Test
  void keepsTheFirstParagraphsOfASectionUpToTheLimit() {
    assertThat(read(paragraphs(SECTION_PARAGRAPHS)).get(0).paragraphs())
        .hasSize(SECTION_PARAGRAPHS);
    List<DiscussionSection> over = read(paragraphs(SECTION_PARAGRAPHS + 1));

    assertThat(over.get(0).paragraphs())
        .hasSize(SECTION_PARAGRAPHS)
        .endsWith("p" + (SECTION_PARAGRAPHS - 1));
    assertThat(over.get(1)).isEqualTo(section("NEXT", "kept"));
  }

  @Test
  void cutsAParagraphOrHeadingOverItsLimit() {
    String full = "w".repeat(PARAGRAPH);
    String heading = "H".repeat(SHORT_TEXT);

    assertThat(read("." + heading + "...", full)).containsExactly(section(heading, full));
    DiscussionSection cut = read("." + heading + "H...", full.substring(1), "ww").get(0);

    assertThat(cut.heading()).hasSize(SHORT_TEXT).endsWith(CUT);
    assertThat(cut.paragraphs()).singleElement().asString().hasSize(PARAGRAPH).endsWith("w" + CUT);
  }

  private static String[] sections(int count) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.addAll(List.of(".S" + i + "...", "text " + i, "&&"));
    }
    return lines.toArray(String[]::new);
  }

  private static String[] paragraphs(int count) {
    List<String> lines = new ArrayList<>(List.of(".MANY..."));
    for (int i = 0; i < count; i++) {
      lines.addAll(List.of("p" + i, ""));
    }
    lines.addAll(List.of(".NEXT...", "kept"));
    return lines.toArray(String[]::new);
  }

  private static List<DiscussionSection> read(String... lines) {
    return ProductSections.read(List.of(lines));
  }

  private static DiscussionSection section(String heading, String... paragraphs) {
    return new DiscussionSection(heading, List.of(paragraphs));
  }
}
