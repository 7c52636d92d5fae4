package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.client.ApiClient;
import se.psi.client.ApiException;
import se.psi.client.api.MembershipApi;
import se.psi.client.api.PartnersApi;
import se.psi.client.api.RulesetsApi;
import se.psi.client.api.WorkingCommitteeApi;
import se.psi.client.model.ApplicationJson;
import se.psi.client.model.ApplicationRequest;
import se.psi.client.model.ApplicationStatus;
import se.psi.client.model.BoardDecisionDetails;
import se.psi.client.model.ContactPersonDetails;
import se.psi.client.model.OrganisationDetails;
import se.psi.client.model.OrganisationKind;
import se.psi.client.model.PartnerPage;
import se.psi.client.model.Problem;
import se.psi.client.model.RuleSetDetails;
import se.psi.client.model.RuleSetProposalRequest;
import se.psi.client.model.RuleSetReportJson;
import se.psi.client.model.RuleSetSummaryJson;
import se.psi.client.model.Sector;
import se.psi.client.model.Verdict;
import se.psi.testkit.fixtures.Fixtures;

/**
 * A Java client generated at build time from the OpenAPI document (openapi-generator, see the pom) calls the API.
 * If the document says anything the API does not do, this does not compile or fails.
 */
class GeneratedClientTest {

  private static final Map<String, String> ADMIN = Map.of("X-Test-Person", "admin", "X-Test-Roles", "ADMINISTRATOR");
  private static final Map<String, String> COMMITTEE =
      Map.of("X-Test-Person", "au-1", "X-Test-Roles", "COMMITTEE_MEMBER");

  private final WebServer server = WebServer.start("2022-03-01");
  // HTTP/1.1, as in Http: Grizzly does not take the JDK client's h2c upgrade on requests with a body.
  private final ApiClient client = new ApiClient()
      .setHttpClientBuilder(java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1))
      .setScheme("http").setHost("127.0.0.1").setPort(server.base.getPort()).setBasePath("");

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void the_served_document_is_the_one_the_client_was_generated_from() throws IOException {
    String served = Http.to(server).get("/api/v1/openapi.json").response().body();

    assertThat(Http.JSON.readTree(served)).isEqualTo(Http.JSON.readTree(
        Files.readString(Path.of("target/openapi.json"))));
  }

  @Test
  void an_application_is_submitted_decided_and_listed_through_the_generated_client() throws ApiException {
    MembershipApi membership = new MembershipApi(client);
    ApplicationRequest request = new ApplicationRequest()
        .organisation(new OrganisationDetails().organisationNumber(Fixtures.anOrganisationNumber().toString())
            .name("Verdandi Örebro").kind(OrganisationKind.ASSOCIATION))
        .boardDecision(new BoardDecisionDetails().date(LocalDate.of(2022, 2, 1)).body("Styrelsen").reference("§ 7"))
        .contactPerson(new ContactPersonDetails().name("Kim Berg").role("Samordnare").email("kim@example.se"));

    ApplicationJson submitted = membership.applyForMembership(request, ADMIN);
    ApplicationJson decided = membership.decideMembership(submitted.getId().toString(),
        "\"" + submitted.getVersion() + "\"", COMMITTEE);
    PartnerPage partners = new PartnersApi(client).findPartners(Sector.CIVIL_SOCIETY, null, null, 0L, 10L);

    assertThat(decided.getStatus()).isEqualTo(ApplicationStatus.ADMITTED);
    assertThat(decided.getLatestDecision().getExplanation().getRulesetVersion()).isEqualTo("orebro-2022");
    assertThat(decided.getLatestDecision().getExplanation().getEvaluations())
        .noneMatch(e -> e.getVerdict() == Verdict.NOT_MET);
    assertThat(partners.getItems()).extracting(p -> p.getOrganisation().getName()).containsExactly("Verdandi Örebro");
    assertThat(new WorkingCommitteeApi(client).getWorkingCommittee().getSeats()).isEmpty();
    assertThat(new RulesetsApi(client).ruleSetInForce(LocalDate.of(2015, 6, 1)).getVersion())
        .isEqualTo("orebro-2015");
  }

  private static Set<String> operationsWithABody() throws IOException {
    Set<String> withBody = new TreeSet<>();
    Http.JSON.readTree(Files.readString(Path.of("target/openapi.json"))).get("paths").forEach(path ->
        path.forEach(operation -> {
          if (operation.has("requestBody")) {
            withBody.add(operation.get("operationId").asText());
          }
        }));
    return withBody;
  }

  @Test
  void RULESETS_the_rulesets_are_checked_and_a_proposal_with_the_next_one_holds_through_the_generated_client()
      throws ApiException {
    RulesetsApi rulesets = new RulesetsApi(client);
    List<RuleSetDetails> proposal = new ArrayList<>(rulesets.listRuleSets().stream()
        .map(listed -> client.getObjectMapper().convertValue(listed, RuleSetDetails.class)).toList());
    proposal.get(proposal.size() - 1).validUntil(LocalDate.of(2026, 12, 31));
    proposal.add(client.getObjectMapper().convertValue(proposal.get(proposal.size() - 1), RuleSetDetails.class)
        .version("orebro-2027").validFrom(LocalDate.of(2027, 1, 1)).validUntil(null));

    RuleSetReportJson current = rulesets.checkRuleSets();
    RuleSetReportJson checked = rulesets.checkProposedRuleSets(new RuleSetProposalRequest().rulesets(proposal),
        COMMITTEE);

    assertThat(current.getFindings()).isEmpty();
    assertThat(current.getCoverage()).singleElement().satisfies(period -> assertThat(period.getUntil()).isNull());
    assertThat(checked.getRulesets()).extracting(RuleSetSummaryJson::getVersion).endsWith("orebro-2023",
        "orebro-2027");
    assertThat(checked.getFindings()).isEmpty();
  }

  @Test
  void every_operation_with_a_body_takes_the_body_the_generated_client_sends() throws IOException {
    Map<String, Integer> answered = new java.util.TreeMap<>();
    EveryBodyOperation.callEach(client, ADMIN, (operationId, call) -> {
      try {
        call.run();
        answered.put(operationId, 200);
      } catch (ApiException refused) {
        answered.put(operationId, refused.getCode());
      }
    });

    assertThat(answered.keySet()).isEqualTo(operationsWithABody());
    // Each body was read as its schema: not malformed (400), not of another type (415), no failure (500).
    assertThat(answered).allSatisfy((operationId, status) ->
        assertThat(status).as(operationId).isNotIn(400, 415).isLessThan(500));
  }

  @Test
  void problems_arrive_as_the_documented_problem_schema() throws Exception {
    ApiException refused = catchThrowableOfType(ApiException.class, () -> new MembershipApi(client)
        .applyForMembership(new ApplicationRequest().organisation(new OrganisationDetails().organisationNumber("1")
            .name("").kind(OrganisationKind.ASSOCIATION)), ADMIN));

    assertThat(refused.getCode()).isEqualTo(422);
    Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
    assertThat(problem.getType()).isEqualTo("urn:psi:problem:invalid-input");
    assertThat(problem.getViolations()).extracting(v -> v.getField())
        .contains("organisation.organisationNumber", "organisation.name");
  }
}
