package se.psi.core.rules;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The version of psi-core that evaluated a decision, as the build wrote it into {@code se/psi/core/library.properties}
 * (Maven resource filtering). A receipt records it, so a replay that differs points at the release that changed.
 */
public final class LibraryVersion {

  private static final String CURRENT = load();

  private LibraryVersion() {}

  public static String current() {
    return CURRENT;
  }

  private static String load() {
    try {
      return ResourceBundle.getBundle("se.psi.core.library").getString("version");
    } catch (MissingResourceException e) {
      return "unknown";
    }
  }
}
