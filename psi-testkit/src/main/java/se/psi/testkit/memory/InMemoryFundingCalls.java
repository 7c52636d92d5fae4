package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import se.psi.core.project.domain.ProjectsAndCalls.FundingCall;
import se.psi.core.project.port.out.FundingCalls;

/** {@link FundingCalls} in memory. */
public final class InMemoryFundingCalls extends InMemoryRepository<UUID, FundingCall>
    implements FundingCalls {

  public InMemoryFundingCalls() {
    super("FundingCall", FundingCall::id, FundingCall::version);
  }

  @Override
  public Option<FundingCall> find(UUID id) {
    return store.find(id);
  }

  @Override
  public List<FundingCall> all() {
    return store.all().stream().sorted(Comparator.comparing(FundingCall::deadline).thenComparing(FundingCall::id))
        .toList();
  }

  @Override
  public void save(FundingCall call) {
    store.save(call);
  }
}
