package se.psi.core.idea.domain;

/** IDE-1: the channel an idea came through. */
public enum IdeaChannel { WEB_FORM, MUNICIPALITY, MEETING, OUTREACH_EVENT }
