package dev.weather.forecast;

import java.time.OffsetDateTime;

/** Sunrise and sunset as NWS's points answer gives them, for the day it was fetched. */
public record Daylight(OffsetDateTime sunrise, OffsetDateTime sunset) {}
