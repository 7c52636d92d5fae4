package se.psi.testkit.gen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.FieldType;
import se.psi.core.documentation.domain.TemplateField;

/** Documentation templates with answers that are valid under them (DOC-1). */
public final class DocumentationGenerators {

  private static final FieldType[] TYPES = FieldType.values();

  private DocumentationGenerators() {}

  /** A template version and answers valid under it. */
  public record TemplateWithAnswers(DocumentationTemplate template, Map<String, String> answers) {}

  /** Templates of up to eight fields of every type, each with answers valid under it. */
  public static Gen<TemplateWithAnswers> templatesWithValidAnswers() {
    return SourceDSL.longs().all().map(seed -> templateWithValidAnswers(new java.util.SplittableRandom(seed)));
  }

  public static TemplateWithAnswers templateWithValidAnswers(RandomGenerator random) {
    List<TemplateField> fields = new ArrayList<>();
    Map<String, String> answers = new LinkedHashMap<>();
    int count = 1 + random.nextInt(8);
    for (int i = 0; i < count; i++) {
      FieldType type = TYPES[random.nextInt(TYPES.length)];
      boolean required = random.nextBoolean();
      List<String> choices = type == FieldType.CHOICE ? List.of("idé", "test", "etablerad") : List.of();
      String key = "field" + i;
      fields.add(new TemplateField(key, "Fält " + i, type, required,
          type == FieldType.TEXT ? Optional.of(50) : Optional.empty(), choices));
      if (required || random.nextBoolean()) {
        answers.put(key, answer(type, random));
      }
    }
    return new TemplateWithAnswers(DocumentationTemplate.of("Mall " + random.nextInt(5), 1 + random.nextInt(4),
        fields, LocalDate.of(2022, 1, 1).plusDays(random.nextInt(700))), answers);
  }

  private static String answer(FieldType type, RandomGenerator random) {
    return switch (type) {
      case TEXT -> "Svar med åäö " + random.nextInt(1000);
      case NUMBER -> Integer.toString(random.nextInt(-50, 5000));
      case DATE -> LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000)).toString();
      case BOOLEAN -> Boolean.toString(random.nextBoolean());
      case CHOICE -> List.of("idé", "test", "etablerad").get(random.nextInt(3));
    };
  }
}
