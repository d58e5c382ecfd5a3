package dev.weather.forecast;

/** An NWS observation station: its identifier (KBOS), its name and where it stands. */
public record Station(String id, String name, Coordinates location) {}
