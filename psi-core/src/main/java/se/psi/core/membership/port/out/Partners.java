package se.psi.core.membership.port.out;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Page;
import se.psi.core.shared.PartnerId;

/**
 * Driven port: the partners. {@link #save} stores version 1 as new and a later version only over the version just
 * before it, else throws {@link se.psi.core.port.out.StaleVersionException}. An organisation has at most one partner
 * that has not withdrawn (psi-testkit's {@code PartnersContract}).
 */
public interface Partners {

  Option<Partner> find(PartnerId id);

  /** The organisation's partner that has not withdrawn, if any. */
  Option<Partner> findCurrent(OrganisationNumber organisation);

  Page<Partner> list(PartnerFilter filter);

  /**
   * MEM-8: the partners still recorded as {@link PartnerStatus#ACTIVE} whose agreement's last day is before
   * {@code day}: those whose end is to be recorded. The default reads the active partners a page at a time; a
   * storage adapter answers from an index.
   */
  default List<Partner> withAgreementEndedBefore(LocalDate day) {
    List<Partner> ended = new ArrayList<>();
    int pageSize = 500;
    Page<Partner> page;
    int offset = 0;
    do {
      page = list(new PartnerFilter(Optional.empty(), Optional.of(PartnerStatus.ACTIVE), Optional.empty(), offset,
          pageSize));
      page.items().stream().filter(p -> p.agreementEndsOn().filter(day::isAfter).isPresent()).forEach(ended::add);
      offset += page.items().size();
    } while (page.hasMore() && !page.items().isEmpty());
    return ended;
  }

  void save(Partner partner);
}
