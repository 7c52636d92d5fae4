package se.psi.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.DomainEvent;

/**
 * The published bytes of one envelope, as consumers already receive them: a change to the writer that alters field
 * order, a name, a date format or an id's form fails here before it reaches a broker.
 */
class EnvelopeGoldenFileTest {

  private static final DomainEvent ADMITTED = (DomainEvent) new EventSamples(true).sample(
      EventSchemasTest.eventTypes().stream().filter(t -> t.getSimpleName().equals("PartnerAdmitted")).findFirst()
          .orElseThrow());

  @Test
  void a_partner_admitted_is_published_exactly_as_the_golden_file() throws IOException {
    assertThat(EventJson.write(ADMITTED)).isEqualTo(golden("PartnerAdmitted.envelope.json"));
  }

  @Test
  void an_envelope_read_back_is_written_to_the_same_bytes() throws IOException {
    String published = golden("PartnerAdmitted.envelope.json");

    EventEnvelope envelope = EventEnvelope.fromJson(published);

    assertThat(envelope).isEqualTo(EventEnvelope.of(ADMITTED));
    assertThat(envelope.eventId()).isEqualTo(UUID.fromString("00000000-0000-4000-8000-000000000001"));
    assertThat(envelope.rulesetVersion()).isEqualTo(Optional.of("sample"));
    assertThat(envelope.payload().get("organisationNumber").asText()).isEqualTo("802000-0009");
    assertThat(envelope.toJson()).isEqualTo(published);
  }

  @Test
  void the_envelope_keeps_its_payload_to_itself() {
    EventEnvelope envelope = EventEnvelope.of(ADMITTED);

    ((com.fasterxml.jackson.databind.node.ObjectNode) envelope.payload()).put("kind", "changed");

    assertThat(envelope.payload().get("kind").asText()).isEqualTo("ASSOCIATION");
  }

  @Test
  void what_is_not_an_envelope_is_refused() {
    assertThatThrownBy(() -> EventEnvelope.fromJson("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EventEnvelope.fromJson("{\"eventId\": \"00000000-0000-4000-8000-000000000001\"}"))
        .hasMessageContaining("type");
    assertThatThrownBy(() -> EventEnvelope.fromJson("{")).hasMessageContaining("invalid JSON");
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = EnvelopeGoldenFileTest.class.getResourceAsStream("golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
