package se.psi.core.followup.port.in;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * GRA-17: the final report (slutrapport).
 *
 * @param spentKronor the grant money spent
 * @param coFinancingKronor the co-financing spent, money and worked time valued in kronor
 * @param expectedVersion the follow-up's version the caller saw; null skips the check
 */
public record SubmitFinalReportCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotBlank @Size(max = 8000) String whatWasDone, @NotNull @PositiveOrZero Long spentKronor,
    @NotNull @PositiveOrZero Long coFinancingKronor, @Positive Long expectedVersion) {}
