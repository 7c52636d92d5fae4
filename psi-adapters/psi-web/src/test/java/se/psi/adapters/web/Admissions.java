package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;

/** Partners admitted through the API itself, as a test's starting point. */
final class Admissions {

  static final Actor COMMITTEE = Actor.of("au-1", Role.COMMITTEE_MEMBER);
  static final Actor ADMINISTRATOR = Actor.of("admin", Role.ADMINISTRATOR);

  private Admissions() {}

  /** Applies and decides for a new organisation of this kind; returns the new partner's id. */
  static String admit(Http http, String kind, String name) {
    OrganisationNumber number = Fixtures.anOrganisationNumber();
    ObjectNode body = MembershipApiTest.application(number, true);
    ((ObjectNode) body.get("organisation")).put("kind", kind).put("name", name);
    if (kind.equals("MUNICIPALITY")) {
      ((ObjectNode) body.get("organisation")).put("municipality", "NORA");
      body.put("politicalAssembly", "Kommunstyrelsen");
      ((ObjectNode) body.get("contactPerson")).put("official", true);  // MEM-6
    }
    Http.Answer applied = http.as(ADMINISTRATOR).post("/api/v1/membership-applications", body);
    Http.Answer decided = http.as(COMMITTEE).ifMatch(applied.etag())
        .post("/api/v1/membership-applications/" + applied.json().get("id").asText() + "/decision", null);
    assertThat(decided.json().get("status").asText()).as(decided.toString()).isEqualTo("ADMITTED");
    return decided.json().get("latestDecision").get("partnerId").asText();
  }

  /** The administrator acting for a partner's own organisation. */
  static Actor adminOf(Http http, String partnerId) {
    String number = http.get("/api/v1/partners/" + partnerId).json().get("organisation").get("organisationNumber")
        .asText();
    return Actor.forOrganisation("admin-" + number, OrganisationNumber.of(number), Role.PARTNER_ADMINISTRATOR);
  }
}
