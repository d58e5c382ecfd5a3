package dev.weather.forecast;

/**
 * A measured value in the units a person chose, with its unit as the page prints it: 72.5 "°F",
 * 12.9 "mph".
 */
public record Measure(double value, String unit) {}
