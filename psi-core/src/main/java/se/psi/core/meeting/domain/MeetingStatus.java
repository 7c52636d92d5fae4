package se.psi.core.meeting.domain;

/** A meeting is planned, then held or cancelled. */
public enum MeetingStatus {
  PLANNED,
  HELD,
  CANCELLED
}
