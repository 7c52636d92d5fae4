package se.psi.core.project.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.project.domain.FundingCallId;
import se.psi.core.project.domain.FundingCall;

/** PRJ-3: published calls.  Saves with optimistic locking (version 1 is new). */
public interface FundingCalls {
  Option<FundingCall> find(FundingCallId id);

  /** Every call, by deadline. */
  List<FundingCall> all();

  void save(FundingCall call);
}
