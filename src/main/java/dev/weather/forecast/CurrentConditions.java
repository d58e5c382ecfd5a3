package dev.weather.forecast;

/**
 * What it is like now: the latest observation from the nearest station that has a current one, and
 * how far that station is from the place (null for a bare grid cell, which has no point to measure
 * from).
 */
public record CurrentConditions(Station station, Measure distance, Observation observation) {}
