package se.psi.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.adapters.web.MembershipApiTest.assertProblem;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.psi.core.PsiCore;
import se.psi.core.rules.OrebroRuleSets;
import se.psi.core.shared.Actor;
import se.psi.core.shared.PartnerId;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/**
 * If-Match is the change's expected version: the core refuses a stale one (412) and a change that loses the race to
 * save (409), and neither changes anything.
 */
class ConcurrentChangesApiTest {

  private RacingPartners partners;
  private final WebServer server = WebServer.start("2022-03-01", this::racing);
  private final Http http = Http.to(server);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_stale_if_match_is_412_naming_both_versions_and_the_partner_is_unchanged() {
    String id = Admissions.admit(http, "ASSOCIATION", "Verdandi");
    Actor own = Admissions.adminOf(http, id);
    Http.Answer read = http.get("/api/v1/partners/" + id);
    String engagement = "/api/v1/partners/" + id + "/engagement";
    Http.Answer changed = http.as(own).ifMatch(read.etag()).post(engagement, Map.of("level", "REGULAR"));

    Http.Answer stale = http.as(own).inEnglish().ifMatch(read.etag()).post(engagement, Map.of("level", "OCCASIONAL"));

    assertProblem(stale, 412, "urn:psi:problem:stale-version");
    long seen = Long.parseLong(read.etag().replace("\"", ""));
    assertThat(stale.json().get("detail").asText()).contains("version " + seen, "now " + (seen + 1));
    Http.Answer after = http.get("/api/v1/partners/" + id);
    assertThat(after.etag()).isEqualTo(changed.etag());
    assertThat(after.json()).isEqualTo(changed.json());
  }

  @Test
  void of_two_changes_that_read_the_same_version_and_race_to_save_one_wins_and_the_other_is_409() {
    String id = Admissions.admit(http, "ASSOCIATION", "Verdandi");
    Actor own = Admissions.adminOf(http, id);
    Http.Answer read = http.get("/api/v1/partners/" + id);
    partners.holdUntilLoadedBy(PartnerId.of(id), 2);

    List<CompletableFuture<Http.Answer>> racing = List.of("REGULAR", "OCCASIONAL").stream()
        .map(level -> CompletableFuture.supplyAsync(() -> http.as(own).ifMatch(read.etag())
            .post("/api/v1/partners/" + id + "/engagement", Map.of("level", level))))
        .toList();
    List<Http.Answer> answers = racing.stream().map(CompletableFuture::join).toList();

    assertThat(answers).extracting(Http.Answer::status).containsExactlyInAnyOrder(200, 409);
    Http.Answer won = answers.stream().filter(a -> a.status() == 200).findFirst().orElseThrow();
    Http.Answer lost = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
    assertProblem(lost, 409, "urn:psi:problem:conflicting-change");
    Http.Answer after = http.get("/api/v1/partners/" + id);
    assertThat(after.etag()).isEqualTo(won.etag());
    assertThat(after.json()).isEqualTo(won.json());
  }

  /** The in-memory core, with partners that let two requests load one version and a unit of work that overlaps. */
  private PsiCore racing(InMemoryPsi psi) {
    partners = new RacingPartners(psi.partners());
    return PsiCore.builder().storage(psi.storage().with(partners, new OverlappingUnitOfWork()))
        .clock(TestClock.at("2022-03-01")).ids(new SequentialIds()).ruleSets(OrebroRuleSets.registry()).build();
  }
}
