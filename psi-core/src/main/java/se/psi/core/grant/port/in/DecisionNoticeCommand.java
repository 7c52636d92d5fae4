package se.psi.core.grant.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.grant.domain.NoticeChannel;
import se.psi.core.shared.Actor;

/** GRA-12: the applicant was told of the decision on {@code notifiedOn}, by {@code channel}. */
public record DecisionNoticeCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull LocalDate notifiedOn, @NotNull NoticeChannel channel, @Positive Long expectedVersion) {}
