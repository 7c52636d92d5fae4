package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.project.domain.FundingCallId;
import se.psi.core.project.port.out.FundingCalls;

/** {@link FundingCalls} in memory. */
public final class InMemoryFundingCalls extends InMemoryRepository<FundingCallId, FundingCall>
    implements FundingCalls {

  public InMemoryFundingCalls() {
    super(FundingCall.TYPE, FundingCall::id, FundingCall::version);
  }

  @Override
  public Option<FundingCall> find(FundingCallId id) {
    return store.find(id);
  }

  @Override
  public List<FundingCall> all() {
    return store.all().stream().sorted(Comparator.comparing(FundingCall::deadline).thenComparing(call -> call.id().value()))
        .toList();
  }

  @Override
  public void save(FundingCall call) {
    store.save(call);
  }
}
