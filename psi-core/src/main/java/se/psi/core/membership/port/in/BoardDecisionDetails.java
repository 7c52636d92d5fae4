package se.psi.core.membership.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.psi.core.membership.domain.BoardDecision;

/** MEM-4: the board decision as given in a command. */
public record BoardDecisionDetails(
    @NotNull LocalDate date,
    @NotBlank @Size(max = 200) String body,
    @NotBlank @Size(max = 100) String reference) {

  public BoardDecision toBoardDecision() {
    return new BoardDecision(date, body.strip(), reference.strip());
  }
}
