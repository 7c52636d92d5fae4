package se.psi.core.grant.domain;

/** GRA-12 (förvaltningslagen 33 §): how the applicant was told of the decision. */
public enum NoticeChannel { LETTER, EMAIL, DIGITAL_MAILBOX, IN_PERSON, SERVICE_OF_NOTICE }
