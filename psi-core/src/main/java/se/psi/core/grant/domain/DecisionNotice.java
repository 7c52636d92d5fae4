package se.psi.core.grant.domain;

import java.time.LocalDate;

/** GRA-12 (förvaltningslagen 33 §): the applicant was told of the decision's content: when, how, by whom. */
public record DecisionNotice(LocalDate on, NoticeChannel channel, String by) {}
