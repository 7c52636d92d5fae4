package se.psi.core.shared;

import java.util.Objects;

/**
 * ADV-2, ADV-3, GRA-6: a referral to another organisation, adviser or funder, with why; kept so that it can be
 * traced from both ends.
 *
 * @param to whom the referral goes to
 * @param kind what kind of party that is
 * @param why the reason, in the referrer's words
 */
public record Referral(String to, Kind kind, String why) {

  /** Whom an organisation is referred to. */
  public enum Kind { FUNDER, ADVISER, ORGANISATION }

  public Referral {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(why, "why");
  }
}
