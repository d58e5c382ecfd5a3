package dev.weather.nws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NWS's unit codes, each converted to the one unit the app computes in for its dimension. */
class DimensionTest {

  @ParameterizedTest(name = "{1} {2} is {3} in {0}")
  @CsvSource({
    "TEMPERATURE, wmoUnit:degC,       22.8,   22.8",
    "TEMPERATURE, unit:degF,          50,     10",
    "TEMPERATURE, wmoUnit:degF,       -40,    -40",
    "TEMPERATURE, wmoUnit:K,          283.15, 10",
    "SPEED,       wmoUnit:km_h-1,     7.56,   7.56",
    "SPEED,       wmoUnit:m_s-1,      10,     36",
    "SPEED,       unit:m_s-1,         10,     36",
    "SPEED,       wmoUnit:kn,         10,     18.52",
    "SPEED,       unit:[kn_i],        10,     18.52",
    "SPEED,       unit:[mi_i]_h-1,    10,     16.09344",
    "SPEED,       mi_h-1,             10,     16.09344",
    "SPEED,       mph,                10,     16.09344",
    "PRESSURE,    wmoUnit:Pa,         101860, 101860",
    "PRESSURE,    unit:hPa,           1018.6, 101860",
    "PRESSURE,    mbar,               1018.6, 101860",
    "PRESSURE,    kPa,                101.86, 101860",
    "PRESSURE,    [in_i'Hg],          30,     101591.67",
    "DISTANCE,    wmoUnit:m,          1609,   1609",
    "DISTANCE,    wmoUnit:km,         0.4,    400",
    "DISTANCE,    [mi_i],             2,      3218.688",
    "DISTANCE,    mi,                 2,      3218.688",
    "DISTANCE,    [ft_i],             1000,   304.8",
    "DISTANCE,    ft,                 1000,   304.8",
    "DEPTH,       wmoUnit:mm,         0.254,  0.254",
    "DEPTH,       unit:mm,            3,      3",
    "DEPTH,       wmoUnit:cm,         2.5,    25",
    "DEPTH,       wmoUnit:m,          0.02,   20",
    "DEPTH,       [in_i],             2,      50.8",
    "DEPTH,       in,                 2,      50.8",
    "PERCENT,     wmoUnit:percent,    77,     77",
    "PERCENT,     percent,            5,      5",
    "ANGLE,       wmoUnit:degree_(angle), 260, 260",
    "ANGLE,       unit:degree_(angle), 20,    20"
  })
  void convertsEachUnitItKnows(Dimension dimension, String code, double value, double expected) {
    assertThat(dimension.converter(code).applyAsDouble(value)).isCloseTo(expected, within(1e-9));
  }

  @ParameterizedTest(name = "{1} is no unit of {0}")
  @CsvSource({
    "TEMPERATURE, wmoUnit:degR",
    "TEMPERATURE, wmoUnit:km_h-1",
    "SPEED,       wmoUnit:furlong_fortnight-1",
    "PRESSURE,    wmoUnit:atm",
    "DISTANCE,    wmoUnit:nmi",
    "DISTANCE,    wmoUnit:mm",
    "DEPTH,       wmoUnit:km",
    "DEPTH,       wmoUnit:percent",
    "PERCENT,     wmoUnit:degree_(angle)",
    "ANGLE,       wmoUnit:percent",
    "ANGLE,       ''"
  })
  void hasNoConversionForAUnitOfAnotherDimension(Dimension dimension, String code) {
    assertThat(dimension.converter(code)).isNull();
  }

  @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
  @CsvSource({
    "wmoUnit:degC,    degc",
    "unit:degF,       degf",
    "degC,            degc",
    "' wmoUnit:mm  ', mm",
    "nwsUnit:s,       s",
    "'',              ''",
    ",                ''"
  })
  void keysAUnitCodeWithoutItsPrefixOrCase(String code, String key) {
    assertThat(Dimension.key(code)).isEqualTo(key);
  }
}
