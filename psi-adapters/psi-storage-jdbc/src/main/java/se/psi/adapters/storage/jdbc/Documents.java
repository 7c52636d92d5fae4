package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;
import se.psi.core.shared.OrganisationNumber;

/**
 * The JSON of documents stored in columns. Domain values pass only through their storage records
 * ({@link DocumentKind}); plain strings, lists and maps of them are written as they are.
 */
final class Documents {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .registerModule(new SimpleModule("psi-values")
          .addSerializer(OrganisationNumber.class, ToStringSerializer.instance)
          .addDeserializer(OrganisationNumber.class, new FromStringDeserializer<>(OrganisationNumber.class) {
            @Override
            protected OrganisationNumber _deserialize(String value, DeserializationContext context) {
              return OrganisationNumber.of(value);
            }
          }))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Documents() {}

  static String write(Object value) {
    refuseDomainRecords(value);
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * A domain record written as it is would tie stored rows to its field names, so that renaming one would leave old
   * rows unreadable; it goes through a storage record instead.
   */
  private static void refuseDomainRecords(Object value) {
    Stream<?> items = value instanceof Collection<?> collection ? collection.stream()
        : value instanceof Map<?, ?> map ? Stream.concat(map.keySet().stream(), map.values().stream())
        : Stream.of(value);
    items.filter(item -> item != null && item.getClass().isRecord()
        && item.getClass().getName().startsWith("se.psi.core.")).findAny().ifPresent(item -> {
          throw new IllegalArgumentException(item.getClass().getName()
              + " is a domain record: store it through a storage record (DocumentKind)");
        });
  }

  static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not read back as " + type.getType(), e);
    }
  }
}
