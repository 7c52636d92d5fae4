package se.psi.core.contact.port.in;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import se.psi.core.contact.domain.ContactPerson;
import se.psi.core.contact.domain.ContactPersonId;

/**
 * A contact person as given in a command. Only what CON-3 allows to be kept: name, role, e-mail, phone, and whether
 * the person is an official.
 */
public record ContactPersonDetails(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String role,
    @NotBlank @Email @Size(max = 254) String email,
    @Pattern(regexp = "\\+?[0-9 ()-]{5,30}") String phone,
    boolean official) {

  public ContactPerson toContactPerson(ContactPersonId id) {
    return ContactPerson.builder().id(id).name(name.strip()).role(role.strip()).email(email.strip())
        .phone(Optional.ofNullable(phone).map(String::strip)).official(official).build();
  }
}
