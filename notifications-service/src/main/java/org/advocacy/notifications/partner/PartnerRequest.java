package org.advocacy.notifications.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an admin sends to onboard a partner NGO. */
record PartnerRequest(@NotBlank @Size(min = 2, max = 120) String name,
                      @Email @Size(max = 254) String contactEmail,
                      @Size(max = 2_000) String description) {
}
