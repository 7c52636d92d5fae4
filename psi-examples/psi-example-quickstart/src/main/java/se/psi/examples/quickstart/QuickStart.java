package se.psi.examples.quickstart;

import se.psi.core.shared.OrganisationNumber;

/** Prints what the core says of an organisation number. */
public final class QuickStart {

  private QuickStart() {}

  public static void main(String[] args) {
    String text = args.length > 0 ? args[0] : "232100-0164";
    String verdict = OrganisationNumber.parse(text).fold(v -> "refused: " + v, n -> "valid: " + n);
    System.out.println(verdict);
  }
}
