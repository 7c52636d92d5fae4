package se.psi.core.rules;

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
}
