package se.psi.core.rules;

/** What a rule concluded about the facts before it. */
public enum Verdict {
  /** The rule is satisfied. */
  MET,
  /** The rule is not satisfied; the reason says what is missing or wrong. */
  NOT_MET,
  /** The rule does not concern these facts (e.g. MEM-6 for an organisation that is not a municipality). */
  NOT_APPLICABLE,
  /** Only people can judge this criterion; the library records their judgement and never guesses it. */
  NEEDS_JUDGEMENT
}
