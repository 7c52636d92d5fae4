package se.psi.testkit.memory;

import java.util.Map;
import java.util.TreeMap;
import se.psi.core.grant.domain.CaseNumber;
import se.psi.core.grant.port.out.CaseRegistry;

/**
 * {@link CaseRegistry} in memory: numbers cases per year of arrival ({@code PSI 2026/0001} onwards). It takes part
 * in the in-memory unit of work, so a change that rolls back gives its number back and the numbers have no gaps.
 */
public final class InMemoryCaseRegistry implements CaseRegistry, Transactional {

  private final String prefix;
  /** The last number given in each year. */
  private Map<Integer, Long> last = new TreeMap<>();

  /** Numbers as the library's default: {@code PSI 2026/0001}. */
  public InMemoryCaseRegistry() {
    this("PSI");
  }

  /** Numbers with the authority's own prefix, e.g. {@code RÖL} for {@code RÖL 2026/0001}. */
  public InMemoryCaseRegistry(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public synchronized CaseNumber register(Arrival arrival) {
    int year = arrival.arrivedOn().getYear();
    long next = last.getOrDefault(year, 0L) + 1;
    last.put(year, next);
    return CaseNumber.sequential(prefix, year, next);
  }

  @Override
  public synchronized Object snapshot() {
    return new TreeMap<>(last);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    last = new TreeMap<>((Map<Integer, Long>) snapshot);
  }
}
