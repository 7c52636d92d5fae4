package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import se.psi.core.grant.domain.Dissent;

/** GRA-12: a dissenting opinion of someone who took part in the decision. */
public record DissentDetails(@NotBlank @Size(max = 200) String personId,
    @NotBlank @Size(max = 4000) String opinion) {

  public Dissent toDissent() {
    return new Dissent(personId, opinion.strip());
  }
}
