package se.psi.core.rules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The content hash of a receipt or a ruleset: SHA-256, in lower-case hex, over a canonical JSON text. Canonical
 * means that equal content always gives the same text, whoever writes it: objects with their keys in sorted
 * (UTF-16) order, no white space, every value a string, an array of strings or such an object, strings escaped only
 * where JSON requires it ({@code "}, {@code \} and control characters as {@code \}{@code uXXXX}). Anyone can
 * recompute a hash from a receipt with any JSON library that writes this form, so a receipt verifies without PSI.
 */
public final class ContentHash {

  private ContentHash() {}

  /** SHA-256 of the canonical JSON of {@code value}, which is a string, a list or a sorted map of them. */
  public static String of(Object value) {
    return sha256(canonicalJson(value));
  }

  /** The canonical JSON text of {@code value}. */
  public static String canonicalJson(Object value) {
    StringBuilder json = new StringBuilder(256);
    write(json, value);
    return json.toString();
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(utf8(text));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** UTF-8 by hand: java.nio's charsets are I/O, which the domain keeps out of. */
  private static byte[] utf8(String text) {
    byte[] bytes = new byte[text.length() * 3];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      int c = text.codePointAt(i);
      if (Character.isSupplementaryCodePoint(c)) {
        i++;
      }
      if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else if (c < 0x800) {
        bytes[n++] = (byte) (0xC0 | c >> 6);
        bytes[n++] = (byte) (0x80 | c & 0x3F);
      } else if (c < 0x10000) {
        bytes[n++] = (byte) (0xE0 | c >> 12);
        bytes[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[n++] = (byte) (0x80 | c & 0x3F);
      } else {
        bytes[n++] = (byte) (0xF0 | c >> 18);
        bytes[n++] = (byte) (0x80 | c >> 12 & 0x3F);
        bytes[n++] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[n++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return java.util.Arrays.copyOf(bytes, n);
  }

  private static void write(StringBuilder json, Object value) {
    if (value instanceof String text) {
      string(json, text);
    } else if (value instanceof SortedMap<?, ?> map) {
      json.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.append(first ? "" : ",");
        first = false;
        string(json, (String) entry.getKey());
        json.append(':');
        write(json, entry.getValue());
      }
      json.append('}');
    } else if (value instanceof List<?> list) {
      json.append('[');
      for (int i = 0; i < list.size(); i++) {
        json.append(i == 0 ? "" : ",");
        write(json, list.get(i));
      }
      json.append(']');
    } else {
      // Unsorted maps and other types have no single written form: refusing them keeps every hash reproducible.
      throw new IllegalArgumentException("no canonical form for " + (value == null ? "null" : value.getClass()));
    }
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }
}
