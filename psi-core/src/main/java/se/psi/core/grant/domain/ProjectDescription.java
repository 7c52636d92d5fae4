package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Sek;

/**
 * GRA-2: the application's description of the project. Parts may be empty in a draft; submission requires them all
 * (formal eligibility says which are missing).
 *
 * @param challenge the societal challenge the project addresses
 * @param expectedEffects the expected long-term effects
 * @param partners the project's partners and how it is anchored with each (GRA-3 criterion 4)
 * @param requested the amount applied for
 */
public record ProjectDescription(String title, String description, String challenge, String expectedEffects,
    List<ProjectPartner> partners, Optional<Sek> requested, Optional<LocalDate> start, Optional<LocalDate> end,
    Set<PriorityArea> priorityAreas) {

  public ProjectDescription {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(challenge, "challenge");
    Objects.requireNonNull(expectedEffects, "expectedEffects");
    partners = List.copyOf(partners);
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    priorityAreas = Set.copyOf(priorityAreas);
  }

  /**
   * A partner in the project and its anchoring.
   *
   * @param organisationNumber when the partner is a legal person with a known number (used to detect jäv, GRA-7)
   * @param anchoring how the project is anchored with the partner, e.g. "Styrelsebeslut 2022-02-01"
   */
  public record ProjectPartner(String name, Optional<OrganisationNumber> organisationNumber, String anchoring) {
    public ProjectPartner {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(organisationNumber, "organisationNumber");
      Objects.requireNonNull(anchoring, "anchoring");
    }
  }
}
