package se.psi.adapters.web;

import io.vavr.control.Option;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.out.PartnerFilter;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Page;
import se.psi.core.shared.PartnerId;

/**
 * The in-memory partners, except that once {@link #holdUntilLoadedBy} names a partner, each request that loads it
 * waits until that many requests have loaded it: so all of them decide on the same version and race to save it, as
 * concurrent transactions of a real database do.
 */
final class RacingPartners implements Partners {

  private final Partners stored;
  private final Set<Thread> arrived = ConcurrentHashMap.newKeySet();
  private volatile PartnerId held;
  private volatile CountDownLatch loaded = new CountDownLatch(0);

  RacingPartners(Partners stored) {
    this.stored = stored;
  }

  void holdUntilLoadedBy(PartnerId partner, int requests) {
    arrived.clear();
    loaded = new CountDownLatch(requests);
    held = partner;
  }

  @Override
  public Option<Partner> find(PartnerId id) {
    Option<Partner> found = stored.find(id);
    if (id.equals(held) && arrived.add(Thread.currentThread())) {
      loaded.countDown();
      try {
        if (!loaded.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the other requests never loaded " + id);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return found;
  }

  @Override
  public Option<Partner> findCurrent(OrganisationNumber organisation) {
    return stored.findCurrent(organisation);
  }

  @Override
  public Page<Partner> list(PartnerFilter filter) {
    return stored.list(filter);
  }

  @Override
  public void save(Partner partner) {
    stored.save(partner);
  }
}
