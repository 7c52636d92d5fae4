package se.psi.examples.embedding;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.membership.domain.EngagementLevel;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.membership.port.out.PartnerFilter;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Page;
import se.psi.core.shared.PartnerId;
import se.psi.core.port.out.StaleVersionException;
import se.psi.testkit.memory.Transactional;

/**
 * The municipality's own partner register: one JSON line per partner in a file, rewritten whole and moved into
 * place atomically on every change, so a crash leaves the old file or the new one, never half of one. It takes part
 * in the core's transactions by snapshot and restore, and keeps the {@link Partners} contract: versions (a stale
 * write is refused), one current partner per organisation, filters and stable pages. PartnersFileContractTest
 * proves it with psi-testkit's suite.
 */
public final class FilePartners implements Partners, Transactional {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private Map<PartnerId, Partner> partners = new LinkedHashMap<>();

  public FilePartners(Path file) {
    this.file = file;
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file)) {
          if (!line.isBlank()) {
            Partner partner = JSON.readValue(line, Row.class).toPartner();
            partners.put(partner.id(), partner);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the partner register " + file + " cannot be read", e);
      }
    }
  }

  @Override
  public synchronized Option<Partner> find(PartnerId id) {
    return Option.of(partners.get(id));
  }

  @Override
  public synchronized Option<Partner> findCurrent(OrganisationNumber organisation) {
    return Option.ofOptional(partners.values().stream()
        .filter(p -> p.organisation().organisationNumber().equals(organisation))
        .filter(p -> p.status() == PartnerStatus.ACTIVE).findFirst());
  }

  @Override
  public synchronized Page<Partner> list(PartnerFilter filter) {
    List<Partner> matching = partners.values().stream()
        .filter(p -> filter.sector().map(s -> p.organisation().sector() == s).orElse(true))
        .filter(p -> filter.status().map(s -> p.status() == s).orElse(true))
        .filter(p -> filter.activeOn().map(p::isActiveOn).orElse(true))
        .sorted(Comparator.comparing((Partner p) -> p.organisation().name()).thenComparing(p -> p.id().value()))
        .toList();
    return Page.exact(matching.stream().skip(filter.offset()).limit(filter.limit()).toList(), filter.offset(),
        filter.limit(), matching.size());
  }

  @Override
  public synchronized void save(Partner partner) {
    Partner stored = partners.get(partner.id());
    long expected = partner.version() - 1;
    if (stored == null ? partner.version() != 1 : stored.version() != expected) {
      throw new StaleVersionException("Partner", partner.id().toString(), expected);
    }
    boolean anotherCurrent = findCurrent(partner.organisation().organisationNumber())
        .filter(current -> !current.id().equals(partner.id())).isDefined();
    if (anotherCurrent && partner.status() == PartnerStatus.ACTIVE) {
      throw new IllegalStateException("organisation " + partner.organisation().organisationNumber()
          + " already has a partner that has not withdrawn");
    }
    partners.put(partner.id(), partner);
    write();
  }

  @Override
  public synchronized Object snapshot() {
    return new LinkedHashMap<>(partners);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    partners = new LinkedHashMap<>((Map<PartnerId, Partner>) snapshot);
    write();
  }

  private void write() {
    try {
      List<String> lines = new ArrayList<>();
      for (Partner partner : partners.values()) {
        lines.add(JSON.writeValueAsString(Row.of(partner)));
      }
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path next = Files.createTempFile(parent, "partners", ".tmp");
      Files.write(next, lines);
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("the partner register " + file + " cannot be written", e);
    }
  }

  /** One line of the file: plain values, so the file is readable and stays readable across library versions. */
  record Row(String id, String organisationNumber, String name, String kind, String municipality,
      String applicationId, String admittedOn, String admittedUnder, String agreementEndsOn, String engagement,
      String status, String withdrawnOn, long version) {

    static Row of(Partner p) {
      return new Row(p.id().toString(), p.organisation().organisationNumber().toString(), p.organisation().name(),
          p.organisation().kind().name(), p.organisation().municipality().map(Enum::name).orElse(null),
          p.applicationId().toString(), p.admittedOn().toString(), p.admittedUnder(),
          p.agreementEndsOn().map(LocalDate::toString).orElse(null), p.engagement().map(Enum::name).orElse(null),
          p.status().name(), p.withdrawnOn().map(LocalDate::toString).orElse(null), p.version());
    }

    Partner toPartner() {
      return Partner.builder()
          .id(new PartnerId(UUID.fromString(id)))
          .organisation(Organisation.builder().organisationNumber(OrganisationNumber.of(organisationNumber))
              .name(name).kind(OrganisationKind.valueOf(kind))
              .municipality(Optional.ofNullable(municipality).map(Municipality::valueOf)).build())
          .applicationId(new MembershipApplicationId(UUID.fromString(applicationId)))
          .admittedOn(LocalDate.parse(admittedOn)).admittedUnder(admittedUnder)
          .agreementEndsOn(Optional.ofNullable(agreementEndsOn).map(LocalDate::parse))
          .engagement(Optional.ofNullable(engagement).map(EngagementLevel::valueOf))
          .status(PartnerStatus.valueOf(status))
          .withdrawnOn(Optional.ofNullable(withdrawnOn).map(LocalDate::parse))
          .version(version)
          .build();
    }
  }
}
