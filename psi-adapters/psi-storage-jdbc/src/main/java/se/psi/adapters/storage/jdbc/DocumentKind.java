package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One kind of JSON document stored in a column: a domain value goes through its storage record (a small record of
 * this adapter that mirrors the stored shape) on the way in and out, so a domain type can change without old rows
 * ceasing to read. Each kind has a golden file of a row as written today ({@code StoredDocumentsGoldenFileTest}).
 *
 * @param name {@code table.column}, the golden file's name
 * @param <D> the domain value
 */
record DocumentKind<D>(String name, Function<D, String> writer, Function<String, D> reader) {

  /** A document written as storage record {@code S}. */
  static <D, S> DocumentKind<D> of(String name, TypeReference<S> stored, Function<D, S> toStored,
      Function<S, D> toDomain) {
    return new DocumentKind<>(name, value -> Documents.write(toStored.apply(value)),
        json -> toDomain.apply(Documents.read(json, stored)));
  }

  /** A list of documents, each written as storage record {@code S}. */
  static <D, S> DocumentKind<List<D>> listOf(String name, TypeReference<List<S>> stored, Function<D, S> toStored,
      Function<S, D> toDomain) {
    return of(name, stored, values -> values.stream().map(toStored).toList(),
        values -> values.stream().map(toDomain).toList());
  }

  /** A set of documents, each written as storage record {@code S}, in the set's order. */
  static <D, S> DocumentKind<Set<D>> setOf(String name, TypeReference<List<S>> stored, Function<D, S> toStored,
      Function<S, D> toDomain) {
    return of(name, stored, values -> values.stream().map(toStored).toList(),
        values -> values.stream().map(toDomain).collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  String write(D value) {
    return writer.apply(value);
  }

  D read(String json) {
    return reader.apply(json);
  }
}
