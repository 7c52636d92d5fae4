package se.psi.core.shared;

import io.vavr.control.Either;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A Swedish organisation number (organisationsnummer): ten digits, the last a Luhn check digit, and the third digit
 * at least 2, which is what tells a legal person's number from a private individual's personal identity number.
 * Written {@code NNNNNN-NNNN}; {@code NNNNNNNNNN} is accepted on input.
 *
 * <p>An instance with a wrong check digit cannot exist. Use {@link #parse(String)} for user input: it answers with a
 * {@link Violation} instead of throwing.
 */
@Value.Immutable
@PsiStyle
public abstract class OrganisationNumber {

  /** The constraint id used in violations about the shape of an organisation number. */
  public static final String CONSTRAINT_ID = "OrganisationNumber";

  private static final Pattern ACCEPTED = Pattern.compile("\\d{6}-?\\d{4}");

  /** The ten digits, without separator. */
  @Value.Parameter
  public abstract String digits();

  /** Parses user input; never throws. The violation names {@code field} and says which check failed. */
  public static Either<Violation, OrganisationNumber> parse(String text, String field) {
    if (text == null || !ACCEPTED.matcher(text.strip()).matches()) {
      return Either.left(Violation.of(CONSTRAINT_ID, field, "organisationNumber.format", String.valueOf(text)));
    }
    String digits = text.strip().replace("-", "");
    if (digits.charAt(2) < '2') {
      return Either.left(Violation.of(CONSTRAINT_ID, field, "organisationNumber.notLegalPerson", format(digits)));
    }
    if (!Luhn.isValid(digits)) {
      return Either.left(Violation.of(CONSTRAINT_ID, field, "organisationNumber.checkDigit", format(digits)));
    }
    return Either.right(ImmutableOrganisationNumber.of(digits));
  }

  /** Parses user input, reporting a problem under the field name {@code organisationNumber}. */
  public static Either<Violation, OrganisationNumber> parse(String text) {
    return parse(text, "organisationNumber");
  }

  /**
   * Whether {@code text} has the shape of a personal identity number (personnummer, YYMMDD-NNNN): ten digits whose
   * third and fourth form a month, 01-12. That is a private individual's number, never a legal person's, whose third
   * digit is at least 2 (MEM-1).
   */
  public static boolean isPersonalIdentityNumber(String text) {
    if (text == null || !ACCEPTED.matcher(text.strip()).matches()) {
      return false;
    }
    int month = Integer.parseInt(text.strip().substring(2, 4));
    return month >= 1 && month <= 12;
  }

  /** For trusted input (constants, stored data): throws {@link IllegalArgumentException} when invalid. */
  public static OrganisationNumber of(String text) {
    return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.messageKey() + ": " + text));
  }

  /** Completes nine digits with their Luhn check digit, e.g. to create fictitious numbers for demo or test data. */
  public static OrganisationNumber withCheckDigit(String nineDigits) {
    if (nineDigits == null || !nineDigits.matches("\\d{9}")) {
      throw new IllegalArgumentException("nine digits expected: " + nineDigits);
    }
    return of(nineDigits + Luhn.checkDigit(nineDigits));
  }

  @Value.Check
  protected void check() {
    String digits = digits();
    if (!digits.matches("\\d{10}") || digits.charAt(2) < '2' || !Luhn.isValid(digits)) {
      throw new IllegalStateException("not a valid organisation number: " + digits);
    }
  }

  @Override
  public String toString() {
    return format(digits());
  }

  private static String format(String digits) {
    return digits.substring(0, 6) + "-" + digits.substring(6);
  }
}
