package se.psi.core.followup.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * GRA-17: the grantee accepted the grant and its conditions: who, when, and the organisation's authorised
 * signatories (firmatecknare) as it stated them then, with what shows their authority (e.g. "Registreringsbevis
 * 2026-01-10" or "Styrelseprotokoll 2026-02-03 § 4"). Only these persons sign payout requests.
 *
 * @param signatories the person ids of the signatories, as the integrator's sign-in knows them
 */
public record Acceptance(String acceptedBy, LocalDate acceptedOn, List<String> signatories, String evidence) {

  public Acceptance {
    Objects.requireNonNull(acceptedBy, "acceptedBy");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    signatories = List.copyOf(signatories);
    Objects.requireNonNull(evidence, "evidence");
  }

  public boolean signs(String personId) {
    return signatories.contains(personId);
  }
}
