package se.psi.core.project.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Themes of calls, interests and the project bank (PRJ-3, PRJ-4), compared without regard to case or space. */
public final class Themes {

  private Themes() {}

  /** The themes as compared: stripped, lower case, blanks dropped. */
  public static Set<String> normalised(Set<String> given) {
    return given.stream().map(Themes::normalised).filter(t -> !t.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  public static String normalised(String theme) {
    return theme.strip().toLowerCase(Locale.ROOT);
  }
}
