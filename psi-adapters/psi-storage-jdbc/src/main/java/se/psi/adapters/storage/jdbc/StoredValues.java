package se.psi.adapters.storage.jdbc;

import java.util.Optional;
import java.util.UUID;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.shared.Referral;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Sek;

/** Storage records of the small values several documents hold, in the shape rows have always had. */
final class StoredValues {

  private StoredValues() {}

  /** An amount: {@code {"kronor": 40000}}. */
  record StoredSek(long kronor) {
    static StoredSek of(Sek sek) {
      return new StoredSek(sek.kronor());
    }

    static Optional<StoredSek> of(Optional<Sek> sek) {
      return sek.map(StoredSek::of);
    }

    Sek toDomain() {
      return new Sek(kronor);
    }
  }

  /** A referral: to whom, what kind of receiver, why. */
  record StoredReferral(String to, Referral.Kind kind, String why) {
    static Optional<StoredReferral> of(Optional<Referral> referral) {
      return referral.map(r -> new StoredReferral(r.to(), r.kind(), r.why()));
    }

    Referral toDomain() {
      return new Referral(to, kind, why);
    }
  }

  /** An id written as an object: {@code {"value": "<uuid>"}}. */
  record StoredId(UUID value) {
    static StoredId of(PartnerId id) {
      return new StoredId(id.value());
    }

    static StoredId of(DelegationId id) {
      return new StoredId(id.value());
    }

    PartnerId partner() {
      return new PartnerId(value);
    }

    DelegationId delegation() {
      return new DelegationId(value);
    }
  }
}
