package org.advocacy.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.advocacy.notifications.webhook.TargetGuard.TargetRefused;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetGuardTest {

    private final TargetGuard production = new TargetGuard(properties(false));
    private final TargetGuard devstack = new TargetGuard(properties(true));

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/hook", "https://10.1.2.3/hook",
            "https://172.16.0.1/", "https://192.168.1.10/", "http://169.254.169.254/latest/meta-data",
            "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/", "http://224.0.0.1/", "http://0.0.0.0/",
            "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/"})
    void refusesLoopbackPrivateLinkLocalAndMulticastTargets(String url) {
        assertThatThrownBy(() -> production.check(URI.create(url))).isInstanceOf(TargetRefused.class)
                .hasMessageContaining("address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.215.14/hook", "file:///etc/passwd", "https://user:pw@93.184.215.14/",
            "https://no-such-host.invalid/hook"})
    void refusesOtherSchemesCredentialsAndHostsThatDoNotResolve(String url) {
        assertThatThrownBy(() -> production.check(URI.create(url))).isInstanceOf(TargetRefused.class);
        assertThatThrownBy(() -> devstack.check(URI.create(url))).isInstanceOf(TargetRefused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/"})
    void acceptsPublicAddresses(String url) {
        assertThatCode(() -> production.check(URI.create(url))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9000/hook", "http://192.168.1.10/"})
    void devstackAllowsPrivateTargets(String url) {
        assertThatCode(() -> devstack.check(URI.create(url))).doesNotThrowAnyException();
    }

    private static WebhookProperties properties(boolean allowPrivate) {
        return new WebhookProperties(allowPrivate, Duration.ofSeconds(1), Duration.ofSeconds(1),
                List.of(Duration.ofSeconds(5)), Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(24));
    }
}
