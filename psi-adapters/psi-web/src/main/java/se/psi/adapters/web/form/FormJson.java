package se.psi.adapters.web.form;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** How a frontend renders and pre-validates the request of one operation. */
public record FormJson(String operationId, String method, String path, List<FieldJson> fields,
    List<String> checks) {

  /**
   * One field of the request body. Nested objects come first with type {@code object}, then their fields with
   * dotted paths ({@code organisation.name}); elements of a list of objects are {@code partners[].name}.
   *
   * @param type string, integer, boolean, date, uuid, enum, object, array
   * @param itemType for an array, the type of its items
   * @param allowedValues for an enum, or an array of them, the values allowed
   * @param rules the constraint ids the core checks (NotBlank, Size, OrganisationNumberFormat ...)
   * @param messages what those rules say, in the caller's language, where the rule has a general sentence
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldJson(String path, String type, String itemType, boolean required, Integer minLength,
      Integer maxLength, Long min, Long max, String pattern, List<String> allowedValues, List<String> rules,
      List<String> messages) {}
}
