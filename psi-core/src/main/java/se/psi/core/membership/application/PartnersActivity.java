package se.psi.core.membership.application;

import jakarta.inject.Inject;
import java.time.LocalDate;
import se.psi.core.contact.port.out.PartnerActivity;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.PartnerId;

/** Answers the contact feature's question "is this partner active" from the partners (MEM-7, MEM-8). */
final class PartnersActivity implements PartnerActivity {

  private final Partners partners;

  @Inject
  PartnersActivity(Partners partners) {
    this.partners = partners;
  }

  @Override
  public boolean isActiveOn(PartnerId partner, LocalDate day) {
    return partners.find(partner).filter(p -> p.isActiveOn(day)).isDefined();
  }
}
