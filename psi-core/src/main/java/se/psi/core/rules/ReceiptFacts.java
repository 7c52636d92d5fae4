package se.psi.core.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

/**
 * How one kind of decision writes the facts its rules read into a receipt, and reads them back for a replay: a
 * snapshot of values as text, never a pointer to data that changes later. Only what the rules read, and no personal
 * data (a contact person is kept as "named" and "an official", not by name).
 *
 * @param <F> the facts the decision's rules look at
 */
public interface ReceiptFacts<F> {

  /** The facts as text, by name. */
  SortedMap<String, String> written(F facts);

  /** The facts a receipt holds, as the rules read them; throws {@link IllegalArgumentException} if they do not. */
  F read(Map<String, String> facts);

  /**
   * A date as a receipt writes it ({@code 2022-03-01}), read without a formatter: a what-if reads a hundred
   * thousand of them, and {@link LocalDate#parse} costs several times more than the rules themselves.
   */
  static LocalDate date(String iso) {
    if (iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
      throw new IllegalArgumentException("not a date as a receipt writes it: " + iso);
    }
    return LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
        Integer.parseInt(iso, 8, 10, 10));
  }
}
