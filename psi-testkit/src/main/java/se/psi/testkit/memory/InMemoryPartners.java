package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.membership.port.out.PartnerFilter;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Page;
import se.psi.core.shared.PartnerId;

/** {@link Partners} in memory. */
public final class InMemoryPartners extends InMemoryRepository<PartnerId, Partner>
    implements Partners {

  public InMemoryPartners() {
    super("Partner", Partner::id, Partner::version);
  }

  @Override
  public Option<Partner> find(PartnerId id) {
    return store.find(id);
  }

  @Override
  public Option<Partner> findCurrent(OrganisationNumber organisation) {
    return Option.ofOptional(store.all().stream()
        .filter(p -> p.organisation().organisationNumber().equals(organisation))
        .filter(p -> p.status() == PartnerStatus.ACTIVE)
        .findFirst());
  }

  @Override
  public Page<Partner> list(PartnerFilter filter) {
    List<Partner> matching = store.all().stream()
        .filter(p -> filter.sector().map(s -> p.organisation().sector() == s).orElse(true))
        .filter(p -> filter.status().map(s -> p.status() == s).orElse(true))
        .filter(p -> filter.activeOn().map(p::isActiveOn).orElse(true))
        .sorted(Comparator.comparing((Partner p) -> p.organisation().name()).thenComparing(p -> p.id().value()))
        .toList();
    List<Partner> page = matching.stream().skip(filter.offset()).limit(filter.limit()).toList();
    return Page.exact(page, filter.offset(), filter.limit(), matching.size());
  }

  @Override
  public List<Partner> withAgreementEndedBefore(java.time.LocalDate day) {
    return store.all().stream().filter(p -> p.status() == PartnerStatus.ACTIVE)
        .filter(p -> p.agreementEndsOn().filter(day::isAfter).isPresent())
        .sorted(Comparator.comparing((Partner p) -> p.agreementEndsOn().orElseThrow())
            .thenComparing(p -> p.id().value()))
        .toList();
  }

  @Override
  public void save(Partner partner) {
    boolean anotherCurrent = findCurrent(partner.organisation().organisationNumber())
        .filter(current -> !current.id().equals(partner.id())).isDefined();
    if (anotherCurrent && partner.status() == PartnerStatus.ACTIVE) {
      throw new IllegalStateException("organisation " + partner.organisation().organisationNumber()
          + " already has a partner that has not withdrawn");
    }
    store.save(partner);
  }
}
