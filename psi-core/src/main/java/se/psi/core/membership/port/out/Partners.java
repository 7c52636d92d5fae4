package se.psi.core.membership.port.out;

import io.vavr.control.Option;
import se.psi.core.membership.domain.Partner;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Page;
import se.psi.core.shared.PartnerId;

/**
 * Driven port: the partners. {@link #save} stores version 1 as new and a later version only over the version just
 * before it, else throws {@link se.psi.core.usecase.StaleVersionException}. An organisation has at most one partner
 * that has not withdrawn (psi-testkit's {@code PartnersContract}).
 */
public interface Partners {

  Option<Partner> find(PartnerId id);

  /** The organisation's partner that has not withdrawn, if any. */
  Option<Partner> findCurrent(OrganisationNumber organisation);

  Page<Partner> list(PartnerFilter filter);

  void save(Partner partner);
}
