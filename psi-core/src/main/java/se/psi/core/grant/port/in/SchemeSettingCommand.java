package se.psi.core.grant.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import se.psi.core.shared.Actor;

/**
 * A dated scheme setting from {@code validFrom}: the appeal information decisions carry (GRA-12) and the periods of
 * prompt handling (GRA-11), as the authority's lawyers set them.
 */
public record SchemeSettingCommand(@NotNull Actor actor, @NotNull LocalDate validFrom,
    @NotBlank @Size(max = 50) String appealRoute, @NotNull @Positive @Max(52) Integer appealWithinWeeks,
    @NotBlank @Size(max = 4000) String appealTextSv, @NotBlank @Size(max = 4000) String appealTextEn,
    @NotNull @Positive @Max(24) Integer undecidedAfterMonths,
    @NotNull @Positive @Max(52) Integer requestAnsweredWithinWeeks) {}
