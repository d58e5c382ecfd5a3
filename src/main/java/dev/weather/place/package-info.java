/**
 * Finding a place offline: the US gazetteer shipped with the app (every ZIP code and US places with
 * population), the parser for what a person types ("Boston, MA", "02134", "42.36, -71.06"), and the
 * ranking of matches.
 */
package dev.weather.place;
