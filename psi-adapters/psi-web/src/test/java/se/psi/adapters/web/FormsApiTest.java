package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Form descriptions derived from the commands' constraints, so frontends pre-validate as the core validates. */
class FormsApiTest {

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void every_operation_that_takes_a_body_has_a_form() {
    JsonNode document = http.get("/api/v1/openapi.json").json();
    List<String> withBody = new ArrayList<>();
    document.get("paths").forEach(path -> path.forEach(operation -> {
      if (operation.has("requestBody")) {
        withBody.add(operation.get("operationId").asText());
      }
    }));
    List<String> forms = new ArrayList<>();
    http.get("/api/v1/forms").json().forEach(form -> forms.add(form.get("operationId").asText()));

    assertThat(withBody).isNotEmpty();
    assertThat(forms).containsExactlyInAnyOrderElementsOf(withBody);
  }

  @Test
  void the_membership_form_states_what_the_core_checks_in_the_callers_language() {
    JsonNode form = http.inEnglish().get("/api/v1/forms/applyForMembership").json();

    assertThat(form.get("method").asText()).isEqualTo("POST");
    assertThat(form.get("path").asText()).isEqualTo("/api/v1/membership-applications");
    JsonNode name = field(form, "organisation.name");
    assertThat(name.get("required").asBoolean()).isTrue();
    assertThat(name.get("maxLength").asInt()).isEqualTo(200);
    assertThat(name.get("messages")).extracting(JsonNode::asText).contains("This must not be empty.");
    assertThat(field(form, "organisation.kind").get("allowedValues")).extracting(JsonNode::asText)
        .contains("ASSOCIATION", "MUNICIPALITY");
    assertThat(field(form, "organisation.organisationNumber").get("rules")).extracting(JsonNode::asText)
        .contains("NotBlank", "OrganisationNumberFormat");
    assertThat(field(form, "contactPerson.email").get("rules")).extracting(JsonNode::asText).contains("Email");
    assertThat(field(form, "contactPerson.phone").get("pattern").asText()).isNotBlank();
    assertThat(field(form, "politicalAssembly").get("maxLength").asInt()).isEqualTo(200);
    assertThat(field(form, "boardDecision").get("type").asText()).isEqualTo("object");
    assertThat(form.get("checks")).isNotEmpty();
    assertThat(http.get("/api/v1/forms/applyForMembership").json().toString()).contains("Uppgiften får inte vara tom.");
  }

  @Test
  void lists_of_objects_numbers_and_unknown_forms() {
    JsonNode grant = http.get("/api/v1/forms/draftGrantApplication").json();

    assertThat(field(grant, "schemeYear").get("min").asLong()).isEqualTo(2000);
    assertThat(field(grant, "schemeYear").get("required").asBoolean()).isTrue();
    assertThat(field(grant, "project.partners").get("type").asText()).isEqualTo("array");
    assertThat(field(grant, "project.partners[].anchoring").get("maxLength").asInt()).isEqualTo(1000);
    assertThat(field(grant, "project.priorityAreas").get("itemType").asText()).isEqualTo("enum");
    assertProblem(http.get("/api/v1/forms/noSuchOperation"), 404, "urn:psi:problem:not-found");
  }

  @Test
  void a_year_field_states_its_limits_as_years_and_a_list_its_size_in_items() {
    JsonNode swedish = http.get("/api/v1/forms/draftGrantApplication").json();
    JsonNode english = http.inEnglish().get("/api/v1/forms/draftGrantApplication").json();

    assertThat(field(swedish, "schemeYear").get("messages")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("Värdet ska vara minst 2000.", "Värdet får vara högst 2100.");
    assertThat(field(english, "schemeYear").get("messages")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("The value must be at least 2000.", "The value must be at most 2100.");
    assertThat(field(swedish, "project.partners").get("messages")).extracting(JsonNode::asText)
        .contains("Listan får ha högst 20 poster.");
    assertThat(field(english, "project.title").get("messages")).extracting(JsonNode::asText)
        .contains("The text may be at most 200 characters long.");
  }

  private static JsonNode field(JsonNode form, String path) {
    for (JsonNode field : form.get("fields")) {
      if (field.get("path").asText().equals(path)) {
        return field;
      }
    }
    throw new AssertionError("no field " + path + " in " + form);
  }
}
