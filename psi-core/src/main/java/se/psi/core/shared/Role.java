package se.psi.core.shared;

/** What a person may act as. The role matrix in docs/roles.md says which use case each role may call. */
public enum Role {
  /** A member of the working committee (arbetsutskottet). */
  COMMITTEE_MEMBER,
  /** Acts for its own organisation: a partner or an applicant. */
  PARTNER_ADMINISTRATOR,
  /** A member of the advisory team (rådgivningsteamet: Coompanion, Stiftelsen Activa, others case by case). */
  ADVISER,
  /** A member of a grant's handling group (handläggningsgrupp). */
  HANDLING_GROUP_MEMBER,
  /** An official who decides on delegation (beslut på delegation). */
  DELEGATED_DECIDER,
  /** Runs the system: may act for any partner and handle personal data requests. */
  ADMINISTRATOR
}
