package dev.weather.place;

/** The search text cannot name a place; the message says what to type instead. */
public class InvalidPlaceQueryException extends RuntimeException {

  InvalidPlaceQueryException(String message) {
    super(message);
  }
}
