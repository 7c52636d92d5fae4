package se.psi.core.grant.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationId;

/** Driven port: the delegation register (GRA-5). */
public interface Delegations {

  Option<Delegation> find(DelegationId id);

  List<Delegation> all();

  void save(Delegation delegation);
}
