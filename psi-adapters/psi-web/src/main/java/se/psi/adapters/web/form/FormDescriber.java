package se.psi.adapters.web.form;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.form.FormJson.FieldJson;

/**
 * Reads a form from a request record and the core command it becomes: each request field takes the constraints of
 * the command's field of the same name (nested records carry their own), so the form states exactly what the core
 * will check.
 */
public final class FormDescriber {

  private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

  private final Validator validator = FACTORY.getValidator();
  private final Texts texts;

  public FormDescriber(Texts texts) {
    this.texts = texts;
  }

  public List<FieldJson> fields(Class<?> request, Class<?> command) {
    List<FieldJson> fields = new ArrayList<>();
    describe(request, command, "", fields);
    return fields;
  }

  /** The checks across fields (Bean Validation's {@code @AssertTrue} methods), as sentences. */
  public List<String> checks(Class<?> request, Class<?> command) {
    Set<String> checks = new LinkedHashSet<>();
    collectChecks(command, checks, new LinkedHashSet<>());
    for (RecordComponent component : request.getRecordComponents()) {
      Class<?> nested = elementClass(component.getGenericType());
      if (nested.isRecord()) {
        collectChecks(nested, checks, new LinkedHashSet<>());
      }
    }
    return List.copyOf(checks);
  }

  private void collectChecks(Class<?> type, Set<String> checks, Set<Class<?>> seen) {
    if (!type.isRecord() || !seen.add(type)) {
      return;
    }
    Set<String> components = new LinkedHashSet<>();
    Arrays.stream(type.getRecordComponents()).forEach(c -> components.add(c.getName()));
    for (PropertyDescriptor property : validator.getConstraintsForClass(type).getConstrainedProperties()) {
      if (!components.contains(property.getPropertyName())) {
        property.getConstraintDescriptors().forEach(d -> checks.add(message(d, false)));
      }
    }
    for (RecordComponent component : type.getRecordComponents()) {
      collectChecks(elementClass(component.getGenericType()), checks, seen);
    }
  }

  private void describe(Class<?> request, Class<?> command, String prefix, List<FieldJson> fields) {
    for (RecordComponent component : request.getRecordComponents()) {
      String path = prefix + component.getName();
      Set<ConstraintDescriptor<?>> constraints = constraints(command, component.getName());
      Type type = component.getGenericType();
      Class<?> raw = component.getType();
      if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
        Class<?> element = elementClass(type);
        fields.add(field(path, Map.class.isAssignableFrom(raw) ? "object" : "array", typeName(element),
            constraints, element));
        if (element.isRecord()) {
          describe(element, element, path + "[].", fields);
        }
      } else if (raw.isRecord()) {
        fields.add(field(path, "object", null, constraints, raw));
        describe(raw, raw, path + ".", fields);
      } else {
        fields.add(field(path, typeName(raw), null, constraints, raw));
      }
    }
  }

  private Set<ConstraintDescriptor<?>> constraints(Class<?> owner, String property) {
    if (owner == null || !owner.isRecord()
        || Arrays.stream(owner.getRecordComponents()).noneMatch(c -> c.getName().equals(property))) {
      return Set.of();
    }
    PropertyDescriptor descriptor = validator.getConstraintsForClass(owner).getConstraintsForProperty(property);
    return descriptor == null ? Set.of() : descriptor.getConstraintDescriptors();
  }

  private FieldJson field(String path, String type, String itemType, Set<ConstraintDescriptor<?>> constraints,
      Class<?> valueClass) {
    // A number the record holds as a primitive cannot be left out: its default 0 would be sent instead.
    boolean required = valueClass.isPrimitive() && valueClass != boolean.class;
    Integer minLength = null;
    Integer maxLength = null;
    Long min = null;
    Long max = null;
    String pattern = null;
    List<String> rules = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (ConstraintDescriptor<?> constraint : constraints) {
      Annotation annotation = constraint.getAnnotation();
      String rule = annotation.annotationType().getSimpleName();
      Map<String, Object> attributes = constraint.getAttributes();
      // A constraint that holds a business rule is listed by the rule's id (MEM-1), as its violations are.
      rules.add(se.psi.core.port.in.ConstraintIds.ruleOf(rule, attributes));
      // A constraint composed of a required one (PRJ-1's owner is @NotNull under its rule's name) requires too.
      required |= REQUIRED.contains(rule) || constraint.getComposingConstraints().stream()
          .anyMatch(c -> REQUIRED.contains(c.getAnnotation().annotationType().getSimpleName()));
      switch (rule) {
        case "Size" -> {
          minLength = positiveOrNull((Integer) attributes.get("min"));
          maxLength = (Integer) attributes.get("max") == Integer.MAX_VALUE ? null : (Integer) attributes.get("max");
        }
        case "Min", "Max" -> {
          long value = ((Number) attributes.get("value")).longValue();
          if (rule.equals("Min")) {
            min = value;
          } else {
            max = value;
          }
        }
        case "Positive" -> min = 1L;
        case "PositiveOrZero" -> min = 0L;
        case "Pattern" -> pattern = (String) attributes.get("regexp");
        case "NotBlank", "NotEmpty" -> minLength = 1;
        default -> { }
      }
      String sentence = message(constraint, type.equals("array") || (type.equals("object") && itemType != null));
      if (!sentence.contains("{")) {
        messages.add(sentence);
      }
    }
    return new FieldJson(path, type, itemType, required, minLength, maxLength, min, max, pattern,
        valueClass.isEnum() ? Arrays.stream(valueClass.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList()
            : null,
        rules.stream().sorted().toList(), messages);
  }

  private static Integer positiveOrNull(Integer value) {
    return value == null || value <= 0 ? null : value;
  }

  /**
   * The constraint's sentence: ours by its key, a standard one as {@code constraint.<Name>} with its bounds; the size
   * of a list or map counts its items ({@code constraint.Size.items}), as the core's validation says.
   */
  private String message(ConstraintDescriptor<?> constraint, boolean items) {
    String template = constraint.getMessageTemplate();
    String name = constraint.getAnnotation().annotationType().getSimpleName();
    boolean own = template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")
        && !template.startsWith("{org.hibernate.");
    if (own) {
      return texts.core().format(template.substring(1, template.length() - 1));
    }
    Map<String, Object> bounds = new TreeMap<>(constraint.getAttributes());
    bounds.keySet().retainAll(Set.of("min", "max", "value"));
    String key = items && name.equals("Size") ? "constraint.Size.items" : "constraint." + name;
    return texts.core().format(key, bounds.values().toArray());
  }

  private static Class<?> elementClass(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      Type last = arguments[arguments.length - 1];
      return last instanceof Class<?> c ? c : last instanceof ParameterizedType p ? (Class<?>) p.getRawType()
          : Object.class;
    }
    return type instanceof Class<?> c ? c : Object.class;
  }

  private static String typeName(Class<?> type) {
    if (type == String.class) {
      return "string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    if (type == LocalDate.class) {
      return "date";
    }
    if (type == UUID.class) {
      return "uuid";
    }
    if (type.isEnum()) {
      return "enum";
    }
    return type.isRecord() ? "object" : "string";
  }
}
