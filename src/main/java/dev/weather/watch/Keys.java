package dev.weather.watch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** A watch's address, and the short digests that stand for it where others can read them. */
final class Keys {

  /** 128 random bits, URL-safe: unguessable, and the watch's only key. */
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private Keys() {}

  static String newToken() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  /** 32 hex digits of {@code text}'s SHA-256: the same on every replay, and not reversible. */
  static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has SHA-256", e);
    }
  }
}
