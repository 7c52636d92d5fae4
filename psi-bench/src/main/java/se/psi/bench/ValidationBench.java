package se.psi.bench;

import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Role;
import se.psi.core.application.InputValidator;

/**
 * Benchmark 2: Bean Validation at the boundary, commands per second: a valid application and one with three
 * problems, against the floor of a hand-written check of the same constraints.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ValidationBench {

  private InputValidator validator;
  private ApplyForMembershipCommand valid;
  private ApplyForMembershipCommand invalid;

  @Setup
  public void commands() {
    validator = new InputValidator(Validation.buildDefaultValidatorFactory().getValidator());
    Actor actor = Actor.of("admin", Role.ADMINISTRATOR);
    valid = new ApplyForMembershipCommand(actor, new OrganisationDetails("802000-0009", "Verdandi Örebro",
        OrganisationKind.ASSOCIATION, null), new BoardDecisionDetails(LocalDate.of(2022, 2, 1), "Styrelsen", "§ 7"),
        new ContactPersonDetails("Kim Berg", "Samordnare", "kim@example.se", "019-100100", false), null, null);
    invalid = new ApplyForMembershipCommand(actor, new OrganisationDetails("123", "", OrganisationKind.ASSOCIATION,
        null), null, new ContactPersonDetails("Kim Berg", "Samordnare", "not-an-address", null, false), null, null);
  }

  @Benchmark
  public Object validCommand() {
    return validator.validate(valid);
  }

  @Benchmark
  public Object invalidCommand() {
    return validator.validate(invalid);
  }

  @Benchmark
  public Object validCommandHandWritten() {
    return handWritten(valid);
  }

  /** The same constraints as a hand-written check: the floor for validation. */
  static java.util.List<String> handWritten(ApplyForMembershipCommand command) {
    java.util.List<String> problems = new java.util.ArrayList<>();
    OrganisationDetails organisation = command.organisation();
    if (organisation.organisationNumber() == null || !organisation.organisationNumber().matches("\\d{6}-?\\d{4}")) {
      problems.add("organisation.organisationNumber");
    }
    if (organisation.name() == null || organisation.name().isBlank() || organisation.name().length() > 200) {
      problems.add("organisation.name");
    }
    ContactPersonDetails contact = command.contactPerson();
    if (contact != null && (contact.email() == null || !contact.email().contains("@"))) {
      problems.add("contactPerson.email");
    }
    return problems;
  }
}
