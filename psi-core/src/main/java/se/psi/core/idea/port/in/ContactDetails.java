package se.psi.core.idea.port.in;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How to reach the idea-giver; leave it out to stay anonymous. */
public record ContactDetails(@NotBlank @Size(max = 200) String name,
    @NotBlank @Email @Size(max = 254) String email) {}
