package org.advocacy.messaging.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class DeadLetterReasonTest {

    @Test
    void namesTheHandlersOwnExceptionAndItsMessage() {
        var reason = DeadLetterReason.of(new ListenerExecutionFailedException("Listener failed",
                new IllegalStateException("Petition 6f1c2a3e-8d44-4b7a-9a55-0c1d2e3f4a5b is closed")));
        assertThat(reason.exceptionClass()).isEqualTo(IllegalStateException.class.getName());
        assertThat(reason.message()).isEqualTo("Petition 6f1c2a3e-8d44-4b7a-9a55-0c1d2e3f4a5b is closed");
    }

    @Test
    void blotsOutAddressesAndTokens() {
        var reason = DeadLetterReason.of(new IllegalStateException(
                "Invalid Addresses: <aigerim.n@example.kz>; token Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFy refused"));
        assertThat(reason.message()).isEqualTo("Invalid Addresses: <[address]>; token [token] refused")
                .doesNotContain("aigerim").doesNotContain("Zm9v");
    }

    @Test
    void keepsAReasonShort() {
        assertThat(DeadLetterReason.of(new IllegalStateException("x ".repeat(1000))).message()).hasSizeLessThan(510);
    }
}
