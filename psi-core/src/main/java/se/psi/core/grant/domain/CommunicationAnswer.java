package se.psi.core.grant.domain;

/**
 * GRA-10: what came of kommunicering: the applicant's answer in short ({@code answered}), or that none came by the
 * day to answer.
 *
 * @param recordedOn the day this was recorded
 * @param answered false when no answer came by the day to answer
 * @param summary the answer in short, or a note on the missing answer
 * @param recordedBy the host's id of the person who recorded it
 */
public record CommunicationAnswer(java.time.LocalDate recordedOn, boolean answered, String summary,
    String recordedBy) {}
