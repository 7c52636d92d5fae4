package se.psi.core.shared;

/** The Luhn (mod 10) check used by Swedish organisation and personal identity numbers. */
final class Luhn {

  private Luhn() {}

  static boolean isValid(String digits) {
    int last = digits.length() - 1;
    return checkDigit(digits.substring(0, last)) == digits.charAt(last) - '0';
  }

  /** The digit that makes {@code payload + digit} pass the check. */
  static int checkDigit(String payload) {
    int sum = 0;
    for (int i = 0; i < payload.length(); i++) {
      // Counted from the left, as the Swedish numbers are: weights 2,1,2,1,...
      int product = (payload.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    return (10 - sum % 10) % 10;
  }
}
