package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;

/** Contact persons over HTTP: the register, handover, vacancy and unreachable partners (CON-1..CON-4). */
class ContactsApiTest {

  private final WebServer server = WebServer.start("2022-03-01");
  private final Http http = Http.to(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void CON_2_a_partner_hands_over_to_a_new_contact_person_and_the_former_one_is_kept() {
    String partner = Admissions.admit(http, "ASSOCIATION", "Verdandi");
    Actor own = Admissions.adminOf(http, partner);
    Http.Answer register = http.as(own).get("/api/v1/partners/" + partner + "/contact");

    Http.Answer handedOver = http.as(own).ifMatch(register.etag()).send("PUT",
        "/api/v1/partners/" + partner + "/contact", "application/json",
        "{\"person\":{\"name\":\"Alva Lind\",\"role\":\"Ordförande\",\"email\":\"alva@example.se\"},"
            + "\"from\":\"2022-04-01\"}");

    assertThat(register.status()).as(register.toString()).isEqualTo(200);
    assertThat(register.json().get("current").get("person").get("name").asText()).isEqualTo("Kim Berg");
    assertThat(handedOver.status()).as(handedOver.toString()).isEqualTo(200);
    assertThat(handedOver.json().get("current").get("person").get("name").asText()).isEqualTo("Alva Lind");
    assertThat(handedOver.json().get("former").get(0).get("person").get("name").asText()).isEqualTo("Kim Berg");
    assertThat(handedOver.json().get("former").get(0).get("until").asText()).isEqualTo("2022-04-01");
  }

  @Test
  void CON_4_a_vacant_contact_beyond_the_grace_period_makes_the_partner_unreachable_for_the_committee() {
    String partner = Admissions.admit(http, "ASSOCIATION", "Verdandi");
    Actor own = Admissions.adminOf(http, partner);
    String etag = http.as(own).get("/api/v1/partners/" + partner + "/contact").etag();

    Http.Answer vacant = http.as(own).ifMatch(etag).post("/api/v1/partners/" + partner + "/contact/vacancy",
        Map.of("since", "2022-03-01"));
    server.clock.advance(Period.ofMonths(4));
    Http.Answer unreachable = http.as(Admissions.COMMITTEE).get("/api/v1/unreachable-partners");

    assertThat(vacant.json().get("vacantSince").asText()).isEqualTo("2022-03-01");
    assertThat(unreachable.status()).isEqualTo(200);
    assertThat(unreachable.json()).singleElement().satisfies(u -> {
      assertThat(u.get("partnerId").asText()).isEqualTo(partner);
      assertThat(u.get("daysVacant").asInt()).isGreaterThan(90);
    });
  }

  @Test
  void the_register_is_for_the_partner_and_the_committee_only() {
    String partner = Admissions.admit(http, "ASSOCIATION", "Verdandi");
    Actor other = Actor.forOrganisation("o", Fixtures.anOrganisationNumber(), Role.PARTNER_ADMINISTRATOR);

    assertThat(http.as(Admissions.COMMITTEE).get("/api/v1/partners/" + partner + "/contact").status())
        .isEqualTo(200);
    assertProblem(http.as(other).get("/api/v1/partners/" + partner + "/contact"), 403,
        "urn:psi:problem:not-permitted");
    assertProblem(http.get("/api/v1/partners/" + partner + "/contact"), 401, "urn:psi:problem:unauthenticated");
    assertProblem(http.as(other).get("/api/v1/unreachable-partners"), 403, "urn:psi:problem:not-permitted");
  }

  @Test
  void CON_3_an_administrator_exports_and_erases_a_former_contact_persons_data_but_not_a_current_ones() {
    String partner = Admissions.admit(http, "ASSOCIATION", "Verdandi");
    Actor own = Admissions.adminOf(http, partner);
    Http.Answer register = http.as(own).get("/api/v1/partners/" + partner + "/contact");
    String former = register.json().get("current").get("person").get("id").asText();
    Http.Answer handedOver = http.as(own).ifMatch(register.etag()).send("PUT",
        "/api/v1/partners/" + partner + "/contact", "application/json",
        "{\"person\":{\"name\":\"Alva Lind\",\"role\":\"Ordförande\",\"email\":\"alva@example.se\"}}");
    String current = handedOver.json().get("current").get("person").get("id").asText();
    Http admin = http.as(Admissions.ADMINISTRATOR);

    Http.Answer export = admin.get("/api/v1/contact-persons/" + former + "/personal-data");
    Http.Answer erased = admin.send("DELETE", "/api/v1/contact-persons/" + former + "/personal-data", null, null);
    Http.Answer refused = admin.send("DELETE", "/api/v1/contact-persons/" + current + "/personal-data", null, null);

    assertThat(export.status()).as(export.toString()).isEqualTo(200);
    assertThat(export.json().get("appointments").get(0).get("person").get("name").asText()).isEqualTo("Kim Berg");
    assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
    assertThat(erased.response().body()).doesNotContain("Kim Berg").doesNotContain("kim.berg@example.se");
    assertThat(refused.status()).as(refused.toString()).isIn(409, 422);
    assertProblem(http.as(own).get("/api/v1/contact-persons/" + former + "/personal-data"), 403,
        "urn:psi:problem:not-permitted");
  }

  @Test
  void CON_4_the_committee_reminds_partners_whose_contact_is_vacant() {
    String partner = Admissions.admit(http, "ASSOCIATION", "Verdandi");
    Actor own = Admissions.adminOf(http, partner);
    String etag = http.as(own).get("/api/v1/partners/" + partner + "/contact").etag();
    http.as(own).ifMatch(etag).post("/api/v1/partners/" + partner + "/contact/vacancy", Map.of());
    server.clock.advance(Period.ofMonths(1));

    Http.Answer reminded = http.as(Admissions.COMMITTEE).post("/api/v1/unreachable-partners/reminders", null);

    assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
    assertThat(reminded.json()).extracting(n -> n.asText()).containsExactly(partner);
  }
}
