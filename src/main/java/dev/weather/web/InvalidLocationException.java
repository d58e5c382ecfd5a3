package dev.weather.web;

/**
 * The request's location parameters are missing, malformed or out of range; the message says which
 * and how.
 */
class InvalidLocationException extends RuntimeException {

  InvalidLocationException(String message) {
    super(message);
  }
}
