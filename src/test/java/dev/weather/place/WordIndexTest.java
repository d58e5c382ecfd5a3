package dev.weather.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

class WordIndexTest {

  /** Ranked by position: the first place is the biggest. */
  private static final WordIndex INDEX =
      new WordIndex(
          new String[] {"new york", "newark", "new", "york", "newton", "san souci"},
          new String[][] {null, null, null, {"new york mills"}, null, {"souci"}},
          Comparator.naturalOrder());

  @Test
  void putsTheNameItselfFirstThenNamesStartingWithItThenLaterWords() {
    assertThat(INDEX.best("new", 10, i -> true))
        .as("York by its alias")
        .containsExactly(2, 0, 1, 3, 4);
    assertThat(INDEX.best("york", 10, i -> true))
        .as("York itself, then New York")
        .containsExactly(3, 0);
  }

  @Test
  void listsAPlaceOnceAtItsBestMatchAndKeepsTheFirstOfEqualOnes() {
    assertThat(INDEX.best("souci", 10, i -> true))
        .as("an alias that is the text")
        .containsExactly(5);
    assertThat(INDEX.best("new york", 10, i -> true))
        .as("key, and an alias starting with it")
        .containsExactly(0, 3);
    assertThat(INDEX.best("new", 2, i -> true)).containsExactly(2, 0);
    assertThat(INDEX.best("new", 1, i -> true)).containsExactly(2);
  }

  @Test
  void leavesOutPlacesNotAllowedAndFindsNothingForATextNoWordStartsWith() {
    assertThat(INDEX.best("new", 10, i -> i != 2 && i != 0)).containsExactly(1, 3, 4);
    assertThat(INDEX.best("ork", 10, i -> true)).isEmpty();
    assertThat(INDEX.best("zzz", 10, i -> true)).isEmpty();
  }
}
