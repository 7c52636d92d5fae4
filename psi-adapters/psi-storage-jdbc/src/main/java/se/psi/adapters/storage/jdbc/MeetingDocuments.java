package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.psi.adapters.storage.jdbc.StoredValues.StoredId;
import se.psi.core.meeting.domain.AgendaItem;
import se.psi.core.meeting.domain.Registration;
import se.psi.core.meeting.domain.Speaker;
import se.psi.core.shared.PartnerId;

/** The JSON documents of a meeting (table {@code meeting}) and their storage records. */
final class MeetingDocuments {

  private MeetingDocuments() {}

  record StoredAgendaItem(String text, boolean fromTemplate) {}

  record StoredRegistration(UUID id, Optional<String> organisation, Optional<StoredId> partner) {}

  record StoredSpeaker(Optional<StoredId> partner, String organisation, String topic) {}

  static final DocumentKind<List<AgendaItem>> AGENDA = DocumentKind.listOf("meeting.agenda",
      new TypeReference<List<StoredAgendaItem>>() {}, a -> new StoredAgendaItem(a.text(), a.fromTemplate()),
      a -> new AgendaItem(a.text(), a.fromTemplate()));

  static final DocumentKind<List<Registration>> REGISTRATIONS = DocumentKind.listOf("meeting.registrations",
      new TypeReference<List<StoredRegistration>>() {},
      r -> new StoredRegistration(r.id(), r.organisation(), r.partner().map(StoredId::of)),
      r -> new Registration(r.id(), r.organisation(), r.partner().map(StoredId::partner)));

  static final DocumentKind<List<Speaker>> SPEAKERS = DocumentKind.listOf("meeting.speakers",
      new TypeReference<List<StoredSpeaker>>() {},
      s -> new StoredSpeaker(s.partner().map(StoredId::of), s.organisation(), s.topic()),
      s -> new Speaker(s.partner().map(StoredId::partner), s.organisation(), s.topic()));

  static final DocumentKind<Set<PartnerId>> ATTENDANCE = DocumentKind.setOf("meeting.attendance",
      new TypeReference<List<StoredId>>() {}, StoredId::of, StoredId::partner);

  static final List<DocumentKind<?>> KINDS = List.of(AGENDA, REGISTRATIONS, SPEAKERS, ATTENDANCE);
}
