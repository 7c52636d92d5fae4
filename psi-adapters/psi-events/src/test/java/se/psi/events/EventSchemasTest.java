package se.psi.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;
import se.psi.core.shared.DomainEvent;

/**
 * The published JSON Schema of each event type: one file per type, generated from the event records, checked in,
 * and checked here two ways. The files must equal what the event classes generate (so they cannot drift; run with
 * {@code -Dpsi.writeEventSchemas=true} to rewrite them after changing an event), and every event the core can emit,
 * written exactly as outboxes store it and brokers publish it, must validate against its file.
 */
class EventSchemasTest {

  static final Path SCHEMAS = Path.of("src/main/resources/se/psi/events/schema/v1");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** Every concrete event the core defines, found in its classes rather than listed, so none is forgotten. */
  static List<Class<?>> eventTypes() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("se.psi.core").stream()
        .filter(c -> c.isAssignableTo(DomainEvent.class) && !c.isInterface()
            && !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .map(JavaClass::reflect)
        .sorted(java.util.Comparator.comparing(Class::getSimpleName))
        .<Class<?>>map(c -> c)
        .toList();
  }

  @Test
  void the_core_emits_events_of_every_feature() {
    assertThat(eventTypes()).hasSizeGreaterThan(30)
        .extracting(Class::getSimpleName).contains("PartnerAdmitted", "ContactPersonVacated", "GrantDecided");
  }

  @Test
  void the_schema_files_are_exactly_the_event_types_and_equal_what_the_events_generate() throws IOException {
    boolean rewrite = Boolean.getBoolean("psi.writeEventSchemas");
    if (rewrite) {
      Files.createDirectories(SCHEMAS);
      for (Class<?> type : eventTypes()) {
        Files.writeString(file(type), schemaOf(type) + "\n");
      }
    }
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("one schema per event type; rewrite with -Dpsi.writeEventSchemas=true")
          .containsExactlyInAnyOrderElementsOf(eventTypes().stream().map(t -> file(t).getFileName().toString())
              .toList());
    }
    for (Class<?> type : eventTypes()) {
      assertThat(Files.readString(file(type)).strip()).as("%s; rewrite with -Dpsi.writeEventSchemas=true", file(type))
          .isEqualTo(schemaOf(type).strip());
    }
  }

  @TestFactory
  Stream<DynamicTest> every_event_as_published_validates_against_its_schema() {
    return eventTypes().stream().flatMap(type -> Stream.of(true, false).map(full ->
        DynamicTest.dynamicTest(type.getSimpleName() + (full ? " with every optional value" : " with none"), () -> {
          DomainEvent event = (DomainEvent) new EventSamples(full).sample(type);
          assertThat(errors(event)).as(EventJson.write(event)).isEmpty();
        })));
  }

  /**
   * Every id in a payload, typed or raw, is declared as a UUID, so a consumer can rely on the format. The one kind of
   * id that is not the partnership's own is the host's opaque id of a person.
   */
  @Test
  void every_id_in_a_payload_is_declared_a_uuid() throws IOException {
    List<String> notUuids = new java.util.ArrayList<>();
    for (Class<?> type : eventTypes()) {
      JsonNode schema = JSON.readTree(Files.readString(file(type)));
      List<Map.Entry<String, JsonNode>> properties = new java.util.ArrayList<>();
      schema.path("properties").path("payload").path("properties").fields().forEachRemaining(properties::add);
      schema.path("$defs").forEach(definition -> definition.path("properties").fields()
          .forEachRemaining(properties::add));
      for (Map.Entry<String, JsonNode> property : properties) {
        if (property.getKey().endsWith("Id") && !HOSTS_IDS.contains(property.getKey())
            && !"uuid".equals(declared(schema, property.getValue()).path("format").asText())) {
          notUuids.add(type.getSimpleName() + "." + property.getKey());
        }
      }
    }
    assertThat(notUuids).as("ids not declared as uuid").isEmpty();
  }

  /** Ids that the host gives, opaque to the partnership (a person's id in the host's directory). */
  private static final Set<String> HOSTS_IDS = Set.of("personId");

  /** The schema a property declares: through a {@code $ref} to a definition, or the non-null one of an optional. */
  private static JsonNode declared(JsonNode root, JsonNode property) {
    if (property.has("$ref")) {
      return declared(root, root.at(property.get("$ref").asText().substring(1)));
    }
    if (property.has("anyOf")) {
      for (JsonNode option : property.get("anyOf")) {
        if (!"null".equals(option.path("type").asText())) {
          return declared(root, option);
        }
      }
    }
    return property;
  }

  @Test
  void a_payload_that_breaks_its_schema_is_caught() throws IOException {
    Class<?> admitted = eventTypes().stream().filter(t -> t.getSimpleName().equals("PartnerAdmitted")).findFirst()
        .orElseThrow();
    ObjectNode envelope = (ObjectNode) JSON.readTree(EventJson.write((DomainEvent) new EventSamples(true)
        .sample(admitted)));
    ((ObjectNode) envelope.get("payload")).put("personalNumber", "19800101-1234");
    envelope.put("schemaVersion", 2);

    List<Error> errors = REGISTRY.getSchema(Files.readString(file(admitted))).validate(envelope.toString(),
        InputFormat.JSON);

    assertThat(errors).extracting(e -> e.getInstanceLocation() + " " + e.getMessage()).anyMatch(m -> m.contains("personalNumber"))
        .anyMatch(m -> m.contains("schemaVersion"));
  }

  /** The problems of one written event against the schema file of its type. */
  static List<Error> errors(DomainEvent event) throws IOException {
    return errors(event.type(), EventJson.write(event));
  }

  /** The problems of a published envelope against the schema file of its event type. */
  static List<Error> errors(String eventType, String envelope) throws IOException {
    return REGISTRY.getSchema(Files.readString(SCHEMAS.resolve(eventType + ".schema.json"))).validate(envelope,
        InputFormat.JSON);
  }

  static Path file(Class<?> type) {
    return SCHEMAS.resolve(type.getSimpleName() + ".schema.json");
  }

  /** The envelope around the payload's generated schema; the payload's shared definitions move to the root. */
  static String schemaOf(Class<?> type) {
    ObjectNode payload = payloadGenerator().generateSchema(type);
    ObjectNode definitions = (ObjectNode) payload.remove("$defs");
    payload.remove("$schema");
    ((ObjectNode) payload.get("properties")).remove("meta");
    if (payload.has("required")) {
      var required = payload.withArray("required");
      for (int i = required.size() - 1; i >= 0; i--) {
        if (required.get(i).asText().equals("meta")) {
          required.remove(i);
        }
      }
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "urn:psi:event:" + type.getSimpleName() + ":v1");
    root.put("title", type.getSimpleName());
    root.put("description", "The " + type.getSimpleName() + " event as published, in envelope schema version "
        + EventEnvelope.SCHEMA_VERSION + ". See docs/events.md.");
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties.putObject("eventId").put("type", "string").put("format", "uuid");
    properties.putObject("type").put("const", type.getSimpleName());
    properties.putObject("schemaVersion").put("const", EventEnvelope.SCHEMA_VERSION);
    properties.putObject("aggregateType").put("type", "string").put("minLength", 1);
    properties.putObject("aggregateId").put("type", "string").put("minLength", 1);
    properties.putObject("occurredAt").put("type", "string").put("format", "date-time");
    properties.putObject("rulesetVersion").put("type", "string");
    properties.set("payload", payload);
    root.putArray("required").add("eventId").add("type").add("schemaVersion").add("aggregateType")
        .add("aggregateId").add("occurredAt").add("payload");
    root.put("additionalProperties", false);
    if (definitions != null) {
      root.set("$defs", definitions);
    }
    try {
      return JSON.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A typed id over a UUID (its {@code value()}), written as the UUID's text like a raw UUID. */
  private static boolean isTypedUuid(Class<?> type) {
    try {
      return type.getMethod("value").getReturnType() == UUID.class;
    } catch (NoSuchMethodException notAnId) {
      return false;
    }
  }

  private static SchemaGenerator payloadGenerator() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(new JacksonModule())
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.EXTRA_OPEN_API_FORMAT_VALUES)
        .without(Option.SCHEMA_VERSION_INDICATOR);
    config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
      if (!EventJson.WRITTEN_AS_STRINGS.contains(javaType.getErasedType())) {
        return null;
      }
      ObjectNode string = context.getGeneratorConfig().createObjectNode().put("type", "string");
      return new CustomDefinition(isTypedUuid(javaType.getErasedType()) ? string.put("format", "uuid") : string);
    });
    config.forFields().withRequiredCheck(field -> !field.getType().isInstanceOf(Optional.class));
    config.forFields().withNullableCheck(field -> field.getType().isInstanceOf(Optional.class));
    return new SchemaGenerator(config.build());
  }
}
