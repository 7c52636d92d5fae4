package se.psi.core.followup.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * GRA-17: the grantee accepts the grant and its conditions, naming its authorised signatories (firmatecknare) and
 * what shows their authority.
 *
 * @param signatories the signatories' person ids, as the host's sign-in knows them
 * @param signatoryEvidence e.g. "Registreringsbevis 2026-01-10" or "Styrelseprotokoll 2026-02-03 § 4"
 * @param expectedVersion the follow-up's version the caller saw; null skips the check
 */
public record AcceptGrantCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> signatories,
    @NotBlank @Size(max = 500) String signatoryEvidence, @Positive Long expectedVersion) {}
