package dev.weather.place;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weather.forecast.Coordinates;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The real shipped gazetteer: loading, look-ups and the ranking of suggestions. */
class GazetteerTest {

  private static final Gazetteer GAZETTEER = new Gazetteer();

  @Test
  void holdsEveryZipCodeAndTensOfThousandsOfPlaces() {
    assertThat(GAZETTEER.zipCount()).isGreaterThan(33_000);
    assertThat(GAZETTEER.placeCount()).isGreaterThan(30_000);
  }

  @Test
  void findsACityInItsState() {
    assertThat(find("Boston, MA"))
        .isEqualTo(new Place("Boston", "MA", 42.3584, -71.0598, 667_137, null));
    assertThat(find("saint louis, missouri").label()).isEqualTo("St. Louis, MO");
    assertThat(find("Norton, MA").label()).isEqualTo("Norton, MA");
  }

  @Test
  void takesTheBiggestPlaceWhenItClearlyDominatesItsName() {
    assertThat(find("Boston").label()).isEqualTo("Boston, MA");
    assertThat(find("Seattle").label()).isEqualTo("Seattle, WA");
  }

  @Test
  void offersAChoiceWhenNoPlaceDominates() {
    PlaceMatch match = GAZETTEER.find(PlaceQuery.parse("Springfield"));

    assertThat(match).isInstanceOf(PlaceMatch.Many.class);
    List<Place> places = ((PlaceMatch.Many) match).places();
    assertThat(places).extracting(Place::state).startsWith("MO", "MA", "IL").contains("OR", "OH");
    assertThat(places)
        .isSortedAccordingTo((a, b) -> Integer.compare(b.population(), a.population()));
  }

  @Test
  void namesAZipCodeAfterItsPostOfficeTown() {
    assertThat(GAZETTEER.zip("02134"))
        .contains(new Place("Allston", "MA", 42.3588, -71.1296, 0, "02134"));
    assertThat(GAZETTEER.zip("00601"))
        .hasValueSatisfying(p -> assertThat(p.state()).isEqualTo("PR"));
    assertThat(GAZETTEER.zip("00000")).isEmpty();
  }

  @Test
  void namesAPointAfterTheNearestPlace() {
    assertThat(GAZETTEER.at(new Coordinates(41.967, -71.189)).label()).isEqualTo("Norton, MA");
    assertThat(GAZETTEER.at(new Coordinates(42.36, -71.06)).label()).isEqualTo("Boston, MA");
    assertThat(GAZETTEER.nearest(new Coordinates(51.5074, -0.1278))).isEmpty();
  }

  /**
   * Makaweli (21.9454, -159.9214) is Kauai's westernmost place, Naalehu (19.0668, -155.6575)
   * Hawaii's southernmost.
   */
  @Test
  void namesAPointWithinFiftyKilometresOfAPlaceAfterItAndNoFurther() {
    assertThat(GAZETTEER.nearest(new Coordinates(21.9454, -160.3965)))
        .as("49.0 km west")
        .map(Place::label)
        .contains("Makaweli, HI");
    assertThat(GAZETTEER.nearest(new Coordinates(21.9454, -160.4159))).as("51.0 km west").isEmpty();
    assertThat(GAZETTEER.nearest(new Coordinates(18.6261, -155.6575)))
        .as("49.0 km south")
        .map(Place::label)
        .contains("Naalehu, HI");
    assertThat(GAZETTEER.nearest(new Coordinates(18.6082, -155.6575)))
        .as("51.0 km south")
        .isEmpty();
  }

  @Test
  void namesAPointNoPlaceIsNearByItsDegreesWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(GAZETTEER.at(new Coordinates(28.5, -150.25)).label())
          .isEqualTo("28.5000, -150.2500");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void offersCloseMatchesForAMisspelling() {
    PlaceMatch match = GAZETTEER.find(PlaceQuery.parse("Bostn"));

    assertThat(match).isInstanceOf(PlaceMatch.None.class);
    assertThat(((PlaceMatch.None) match).closeMatches())
        .first()
        .extracting(Place::label)
        .isEqualTo("Boston, MA");
    assertThat(GAZETTEER.find(PlaceQuery.parse("Qqqqqqqq")))
        .isEqualTo(new PlaceMatch.None(List.of()));
  }

  @Test
  void ranksSuggestionsByMatchThenPopulation() {
    assertThat(labels("bos")).startsWith("Boston, MA").hasSize(10);
    // The name itself first, then names starting with it, then names with a word starting with it.
    List<String> york = labels("york");
    assertThat(york).first().isEqualTo("York, PA");
    assertThat(york.indexOf("York, NY")).isLessThan(york.indexOf("Yorkville, IL"));
    assertThat(labels("angeles")).first().isEqualTo("Los Angeles, CA");
    assertThat(labels("springfield"))
        .startsWith("Springfield, MO", "Springfield, MA", "Springfield, IL");
  }

  @Test
  void narrowsSuggestionsToAState() {
    assertThat(labels("springfield, o"))
        .contains("Springfield, OH", "Springfield, OR")
        .allMatch(l -> l.endsWith(", OR") || l.endsWith(", OH") || l.endsWith(", OK"));
    assertThat(labels("portland, maine"))
        .startsWith("Portland, ME")
        .allMatch(l -> l.endsWith(", ME"));
  }

  @Test
  void suggestsZipCodesForDigits() {
    assertThat(GAZETTEER.suggest("0213", 3))
        .extracting(Place::zip)
        .containsExactly("02130", "02131", "02132");
  }

  @Test
  void takesTheNationalCapitalForWashingtonAndTheCityForNewYork() {
    assertThat(find("washington").label()).isEqualTo("Washington, DC");
    assertThat(find("Washington").population()).isEqualTo(689_545);
    assertThat(find("new york").label()).isEqualTo("New York City, NY");
    assertThat(find("New York, NY").label()).isEqualTo("New York City, NY");
    assertThat(labels("washington")).first().isEqualTo("Washington, DC");
    assertThat(labels("new york")).first().isEqualTo("New York City, NY");
  }

  @Test
  void findsTheTerritoriesByTheirOwnNames() {
    assertThat(find("guam").label()).isEqualTo("Hagåtña, GU");
    assertThat(find("Puerto Rico").label()).isEqualTo("San Juan, PR");
    assertThat(find("american samoa").label()).isEqualTo("Pago Pago, AS");
    assertThat(find("Northern Mariana Islands").label()).isEqualTo("Saipan, MP");
    assertThat(find("virgin islands").label()).isEqualTo("Charlotte Amalie, VI");
    assertThat(labels("guam")).first().isEqualTo("Hagåtña, GU");
  }

  @Test
  void listsEachPlaceOnceWhateverTheSourcesCallIt() {
    assertThat(labels("st louis")).contains("St. Louis, MO").doesNotContain("Saint Louis, MO");
    assertThat(labels("saint louis")).first().isEqualTo("St. Louis, MO");
    assertThat(find("st louis").label()).isEqualTo("St. Louis, MO");
    assertThat(labels("kailua kona")).containsExactly("Kailua-Kona, HI");
    assertThat(find("Kailua Kona, HI").population()).isEqualTo(11_975);
    assertThat(labels("hagatna")).containsExactly("Hagåtña, GU");
    assertThat(find("Hagatna Village").label()).isEqualTo("Hagåtña, GU");
    assertThat(find("Dededo").label()).isEqualTo("Dededo Village, GU");
  }

  @Test
  void readsAbbreviationsHyphensAndAccentsAsTheSame() {
    assertThat(find("Ft. Lauderdale").label()).isEqualTo(find("fort lauderdale").label());
    assertThat(find("Mt. Vernon, NY").label()).isEqualTo(find("mount vernon, ny").label());
    assertThat(find("Winston Salem").label()).isEqualTo("Winston-Salem, NC");
    assertThat(find("Canon City").label()).isEqualTo("Cañon City, CO");
  }

  @Test
  void ranksCloseMatchesByFewestEditsThenPopulation() {
    List<String> close =
        ((PlaceMatch.None) GAZETTEER.find(PlaceQuery.parse("Bostn")))
            .closeMatches().stream().map(Place::label).toList();

    assertThat(close).startsWith("Boston, MA");
    assertThat(close.indexOf("Boston, GA")).isNotNegative().isLessThan(close.indexOf("Posen, IL"));
  }

  private static Place find(String text) {
    PlaceMatch match = GAZETTEER.find(PlaceQuery.parse(text));
    assertThat(match).isInstanceOf(PlaceMatch.One.class);
    return ((PlaceMatch.One) match).place();
  }

  private static List<String> labels(String text) {
    return GAZETTEER.suggest(text, 10).stream().map(Place::label).toList();
  }
}
