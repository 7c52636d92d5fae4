package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.port.out.StaleVersionException;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.project.domain.FundingCallId;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectId;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.project.domain.ProjectIdeaId;
import se.psi.core.project.domain.ThemeInterest;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.project.port.out.Projects;
import se.psi.core.project.port.out.ThemeInterests;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;

/** The contract of the project and call ports. Return fresh, empty stores. */
public abstract class ProjectPortsContract {

  private static final Supplier<EventMeta> EVENTS =
      () -> new EventMeta(UUID.randomUUID(), Instant.parse("2022-03-01T09:00:00Z"));

  protected abstract FundingCalls calls();

  protected abstract ThemeInterests interests();

  protected abstract ProjectBank bank();

  protected abstract Projects projects();

  @Test
  void calls_interests_and_project_ideas_are_found_as_saved() {
    FundingCall call = new FundingCall(new FundingCallId(UUID.randomUUID()), "Allmänna arvsfonden", "Projektstöd",
        LocalDate.of(2022, 9, 30), Set.of("Sociala företag", "inkludering"), LocalDate.of(2022, 3, 1), 1);
    ThemeInterest interest = new ThemeInterest(new PartnerId(UUID.randomUUID()), Set.of("inkludering"), 1);
    ProjectIdea idea = new ProjectIdea(new ProjectIdeaId(UUID.randomUUID()), "Psykisk ohälsa", "Kamratstöd", "Unga stöttar unga",
        Optional.of(interest.partner()), LocalDate.of(2022, 3, 1), 1);
    calls().save(call);
    interests().save(interest);
    bank().save(idea);
    ProjectIdea fromElsewhere = new ProjectIdea(new ProjectIdeaId(UUID.randomUUID()), "inkludering", "Matlag", "Från en idé",
        Optional.empty(), LocalDate.of(2022, 3, 1), 1, Optional.of(new IdeaId(UUID.randomUUID())),
        Optional.of(new AdvisoryCaseId(UUID.randomUUID())));
    bank().save(fromElsewhere);
    interests().save(new ThemeInterest(interest.partner(), Set.of("klimat"), 2));

    assertThat(calls().find(call.id()).get()).isEqualTo(call);
    assertThat(calls().all()).containsExactly(call);
    assertThat(interests().find(interest.partner()).get().themes()).containsExactly("klimat");
    assertThat(bank().all()).containsExactly(fromElsewhere, idea);
    assertThat(bank().find(fromElsewhere.id()).get()).isEqualTo(fromElsewhere);
    assertThatThrownBy(() -> interests().save(interest)).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void a_project_is_found_as_anchored_and_backed() {
    Project project = Project.register(new ProjectId(UUID.randomUUID()), new PartnerId(UUID.randomUUID()),
        "Kamratstöd", "Unga stöttar unga", EVENTS).aggregate();
    projects().save(project);
    Project anchored = project.anchor(LocalDate.of(2022, 3, 8), EVENTS).aggregate();
    projects().save(anchored);

    assertThat(projects().find(project.id()).get()).isEqualTo(anchored);
    assertThat(projects().all()).containsExactly(anchored);
    assertThatThrownBy(() -> projects().save(anchored)).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void what_is_not_stored_is_not_found() {
    assertThat(projects().find(new ProjectId(UUID.randomUUID())).isEmpty()).isTrue();
    assertThat(calls().find(new FundingCallId(UUID.randomUUID())).isEmpty()).isTrue();
    assertThat(bank().find(new ProjectIdeaId(UUID.randomUUID())).isEmpty()).isTrue();
    assertThat(interests().find(new PartnerId(UUID.randomUUID())).isEmpty()).isTrue();
  }
}
