package se.psi.core.meeting.domain;

/** The partnership's meeting formats (MTG-1, MTG-2, MTG-4). */
public enum MeetingFormat {
  /** Stormöte: internal meeting of all parties with a fixed agenda (MTG-1). */
  GENERAL_MEETING(true),
  /** Samhällssamtal: open themed meeting for anyone (MTG-2). */
  PUBLIC_DIALOGUE(false),
  /** Forskningscirkel / studiecirkel (MTG-4). */
  STUDY_CIRCLE(false),
  /** Dialogmöte (MTG-4). */
  DIALOGUE_MEETING(false),
  /** Utvecklingsverkstad (MTG-4). */
  WORKSHOP(false),
  /** Lärseminarium (MTG-4). */
  LEARNING_SEMINAR(false),
  /** Samordningsmöte of all parties, one to two per half-year under the 2016 agreement (MTG-4). */
  COORDINATION_MEETING(true);

  private final boolean internal;

  MeetingFormat(boolean internal) {
    this.internal = internal;
  }

  /** Internal meetings are for the parties, who are recorded as attending; open ones take registrations. */
  public boolean isInternal() {
    return internal;
  }
}
