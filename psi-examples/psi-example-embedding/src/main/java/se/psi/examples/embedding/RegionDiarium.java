package se.psi.examples.embedding;

import java.util.Map;
import java.util.TreeMap;
import se.psi.core.grant.domain.CaseNumber;
import se.psi.core.grant.port.out.CaseRegistry;
import se.psi.testkit.memory.Transactional;

/**
 * The Region's own records system (diarium) as the partnership's grant cases see it (GRA-9): it numbers a case in
 * the Region's form, the year's two digits, the register's letters and a running number ({@code 26RS412}), going on
 * from where the Region's register stands. It stands in for a call to the Region's system; taking part in the
 * in-memory unit of work, a change that rolls back gives its number back. psi-testkit's
 * {@code CaseRegistryContract} proves it ({@code RegionDiariumContractTest}).
 */
public final class RegionDiarium implements CaseRegistry, Transactional {

  private final String register;
  private final long firstNumber;
  private Map<Integer, Long> last = new TreeMap<>();

  /**
   * @param register the letters of the Region's register, e.g. {@code RS} (regionstyrelsen)
   * @param firstNumber the number the partnership's first case of a year gets in the Region's register
   */
  public RegionDiarium(String register, long firstNumber) {
    this.register = register;
    this.firstNumber = firstNumber;
  }

  @Override
  public synchronized CaseNumber register(Arrival arrival) {
    int year = arrival.arrivedOn().getYear();
    long next = last.containsKey(year) ? last.get(year) + 1 : firstNumber;
    last.put(year, next);
    return new CaseNumber(String.format("%02d%s%d", year % 100, register, next));
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
