package dev.weather.forecast;

/**
 * One kind of weather NWS's grid forecasts for an hour, in NWS's own words: {@code weather} the
 * kind ("rain_showers", "snow", "thunderstorms", "fog"), {@code coverage} how likely or widespread
 * ("slight_chance", "chance", "likely", "definite", "patchy", "areas"), {@code intensity} how
 * strong ("very_light", "light", "moderate", "heavy"); coverage and intensity null when NWS gives
 * none.
 */
public record GridWeather(String coverage, String weather, String intensity) {}
