package se.psi.adapters.storage.jdbc;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The published JSON Schemas of psi-events, read from its jar as integrators read them. */
final class PublishedSchemas {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private PublishedSchemas() {}

  /** The problems of a stored envelope against the published schema of its event type. */
  static List<Error> errors(String eventType, String envelope) {
    String resource = "/se/psi/events/schema/v1/" + eventType + ".schema.json";
    try (InputStream schema = PublishedSchemas.class.getResourceAsStream(resource)) {
      if (schema == null) {
        throw new AssertionError("no published schema " + resource);
      }
      return REGISTRY.getSchema(new String(schema.readAllBytes(), StandardCharsets.UTF_8))
          .validate(envelope, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
