package se.psi.testkit.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipDecision;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/**
 * A membership rule's examples as data, run as JUnit 5 dynamic tests: each example is an application in the web
 * API's own request format ({@code POST /api/v1/membership-applications}), a date, and the verdicts (and outcome)
 * the committee's decision on that date must give; or the rules it must be refused under. Each runs through the
 * whole core, in memory, on its own date, so a table tests exactly what a caller of the API gets. See
 * docs/rules.md ("Rule test tables") for the format.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> MEM_4() {
 *   return MembershipRuleTable.run(getClass().getResourceAsStream("/rule-tables/MEM-4.json"));
 * }
 * }</pre>
 */
public final class MembershipRuleTable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Actor COMMITTEE = Actor.of("au-member", Role.COMMITTEE_MEMBER);

  private MembershipRuleTable() {}

  /** The table's examples under the Örebro rulesets. */
  public static Stream<DynamicTest> run(InputStream table) {
    return run(table, OrebroRuleSets.registry());
  }

  /** The table's examples under an integrator's own rulesets. */
  public static Stream<DynamicTest> run(InputStream table, RuleSetRegistry ruleSets) {
    JsonNode root = read(table);
    String rule = root.path("rule").asText();
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode example : root.path("examples")) {
      tests.add(DynamicTest.dynamicTest(rule + " " + example.path("name").asText(),
          () -> check(example, ruleSets)));
    }
    return tests.stream();
  }

  private static void check(JsonNode example, RuleSetRegistry ruleSets) {
    LocalDate date = LocalDate.parse(example.path("date").asText());
    InMemoryPsi psi = InMemoryPsi.create(TestClock.at(date), new SequentialIds(), ruleSets);
    ApplyForMembershipCommand command = ApplicationRequests.command(applicant(example), example.path("application"));
    Either<Rejection, MembershipApplication> decided = psi.useCase(ApplyForMembershipUseCase.class)
        .applyForMembership(command)
        .flatMap(applied -> psi.useCase(DecideMembershipUseCase.class).decideMembership(
            new DecideMembershipCommand(COMMITTEE, applied.id().value(), null)));
    if (example.has("refusedUnder")) {
      expectRefusal(example.path("refusedUnder"), decided);
      return;
    }
    MembershipDecision decision = decided.getOrElseThrow(rejection ->
        new AssertionError("expected a decision, but the application was refused: " + rejection))
        .latestDecision().orElseThrow();
    expectVerdicts(example, decision);
  }

  private static Actor applicant(JsonNode example) {
    String number = example.path("application").path("organisation").path("organisationNumber").asText();
    return OrganisationNumber.parse(number)
        .map(organisation -> Actor.forOrganisation("applicant", organisation, Role.PARTNER_ADMINISTRATOR))
        .getOrElse(() -> Actor.of("applicant", Role.PARTNER_ADMINISTRATOR));
  }

  private static void expectVerdicts(JsonNode example, MembershipDecision decision) {
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (Evaluation evaluation : decision.explanation().evaluations()) {
      verdicts.merge(evaluation.ruleId(), evaluation.verdict().name(), (first, next) -> first + "," + next);
    }
    List<String> wrong = new ArrayList<>();
    example.path("verdicts").fields().forEachRemaining(expected -> {
      if (!Objects.equals(verdicts.get(expected.getKey()), expected.getValue().asText())) {
        wrong.add(expected.getKey() + ": expected " + expected.getValue().asText() + ", was "
            + verdicts.get(expected.getKey()));
      }
    });
    if (example.has("outcome") && !example.path("outcome").asText().equals(decision.outcome().name())) {
      wrong.add("outcome: expected " + example.path("outcome").asText() + ", was " + decision.outcome());
    }
    if (!wrong.isEmpty()) {
      throw new AssertionError(String.join("; ", wrong) + System.lineSeparator()
          + decision.explanation().render(java.util.Locale.ENGLISH));
    }
  }

  private static void expectRefusal(JsonNode ruleIds, Either<Rejection, MembershipApplication> decided) {
    if (decided.isRight()) {
      throw new AssertionError("expected a refusal under " + ruleIds + ", but it was decided: "
          + decided.get().latestDecision().map(MembershipDecision::outcome).orElse(null));
    }
    List<String> refusedUnder = ruleIdsOf(decided.getLeft());
    for (JsonNode ruleId : ruleIds) {
      if (!refusedUnder.contains(ruleId.asText())) {
        throw new AssertionError("expected a refusal under " + ruleId.asText() + ", but was " + decided.getLeft());
      }
    }
  }

  private static List<String> ruleIdsOf(Rejection rejection) {
    if (rejection instanceof Rejection.InvalidInput invalid) {
      return invalid.violations().stream().map(se.psi.core.shared.Violation::ruleId).toList();
    }
    return rejection instanceof Rejection.RuleRefusal refusal ? List.of(refusal.ruleId()) : List.of();
  }

  private static JsonNode read(InputStream table) {
    Objects.requireNonNull(table, "table (is the resource's path right?)");
    try (InputStream in = table) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
