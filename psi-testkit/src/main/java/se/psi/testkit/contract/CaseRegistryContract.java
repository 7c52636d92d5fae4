package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import se.psi.core.grant.domain.CaseNumber;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.grant.port.out.CaseRegistry;
import se.psi.core.port.out.UnitOfWork;

/**
 * The contract of {@link CaseRegistry} (GRA-9): every case gets a number of its own, also when many arrive at once
 * through several servers over one store. A registry that numbers per year of arrival with a prefix, as the library's
 * do, says so with {@link #sequentialPrefix()}, and is then held to numbers without gaps: a change that rolls back
 * gives its number back.
 */
public abstract class CaseRegistryContract {

  /** A registry and the unit of work it takes part in. */
  public record Server(CaseRegistry registry, UnitOfWork unitOfWork) {}

  /** A fresh, empty registry. */
  protected abstract Server server();

  /**
   * A second server over the same store as the last {@link #server()}: another connection pool over the same
   * database, as a second host would have; an in-memory registry answers the same server.
   */
  protected abstract Server anotherServerOverTheSameStore();

  /** The prefix of a registry that numbers {@code <prefix> <year>/<number>} per year; empty for another form. */
  protected Optional<String> sequentialPrefix() {
    return Optional.of("PSI");
  }

  private static final LocalDate ARRIVED = LocalDate.of(2026, 3, 2);

  private static CaseNumber register(Server server, LocalDate on) {
    return server.unitOfWork().inTransaction(() -> server.registry().register(new CaseRegistry.Arrival(
        new GrantApplicationId(UUID.randomUUID()), on, "Ansökan om utvecklingsmedel")));
  }

  @Test
  void GRA_9_cases_are_numbered_per_year_of_arrival_from_one() {
    String prefix = sequentialPrefix().orElse(null);
    assumeTrue(prefix != null, "this registry numbers in a form of its own");
    Server server = server();

    assertThat(List.of(register(server, ARRIVED), register(server, ARRIVED.plusDays(1)),
        register(server, LocalDate.of(2027, 1, 4)), register(server, LocalDate.of(2026, 12, 31))))
        .extracting(CaseNumber::value)
        .containsExactly(prefix + " 2026/0001", prefix + " 2026/0002", prefix + " 2027/0001", prefix + " 2026/0003");
  }

  @Test
  void GRA_9_a_registration_rolled_back_gives_its_number_back() {
    String prefix = sequentialPrefix().orElse(null);
    assumeTrue(prefix != null, "this registry numbers in a form of its own");
    Server server = server();
    register(server, ARRIVED);

    assertThatThrownBy(() -> server.unitOfWork().inTransaction(() -> {
      server.registry().register(new CaseRegistry.Arrival(new GrantApplicationId(UUID.randomUUID()), ARRIVED, "x"));
      throw new IllegalStateException("the change failed after the case was numbered");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(register(server, ARRIVED).value()).isEqualTo(prefix + " 2026/0002");
  }

  @Test
  void GRA_9_cases_arriving_at_once_through_two_servers_get_numbers_of_their_own_without_gaps() throws Exception {
    Server one = server();
    Server two = anotherServerOverTheSameStore();
    int threads = 8;
    int each = 25;
    List<CaseNumber> numbers = Collections.synchronizedList(new ArrayList<>());
    List<Runnable> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Server server = t % 2 == 0 ? one : two;
      tasks.add(() -> {
        for (int i = 0; i < each; i++) {
          numbers.add(register(server, ARRIVED));
        }
      });
    }

    assertThat(Concurrently.succeeded(tasks)).isEqualTo(threads);

    assertThat(numbers).hasSize(threads * each).doesNotHaveDuplicates();
    sequentialPrefix().ifPresent(prefix -> assertThat(numbers).extracting(CaseNumber::value)
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, threads * each)
            .mapToObj(n -> CaseNumber.sequential(prefix, 2026, n).value()).toList()));
  }
}
