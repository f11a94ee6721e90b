package org.advocacy.notifications.subscription;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The bodies the subscription endpoints take; fields they do not know are ignored. */
final class SubscriptionRequests {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FollowRequest(@NotBlank @Email @Size(max = 254) String email,
                         @NotBlank @Size(max = 120) String topic,
                         @Size(max = 35) String locale) {

        @Override
        public String toString() {
            return "FollowRequest[topic=%s]".formatted(topic);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenRequest(@NotBlank @Size(max = 300) String token, @Size(max = 35) String locale) {

        @Override
        public String toString() {
            return "TokenRequest[hidden]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ManageLinkRequest(@NotBlank @Email @Size(max = 254) String email) {

        @Override
        public String toString() {
            return "ManageLinkRequest[hidden]";
        }
    }

    private SubscriptionRequests() {
    }
}
