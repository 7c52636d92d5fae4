package se.psi.core.meeting.domain;

import java.util.Objects;

/**
 * An item on a meeting's agenda.
 *
 * @param text a message key when {@code fromTemplate} (the ruleset's fixed agenda, rendered in the reader's
 *     language), else the item as written
 * @param fromTemplate whether the item comes from the ruleset's fixed agenda (MTG-1)
 */
public record AgendaItem(String text, boolean fromTemplate) {

  public AgendaItem {
    Objects.requireNonNull(text, "text");
  }
}
