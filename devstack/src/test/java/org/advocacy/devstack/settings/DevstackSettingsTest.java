package org.advocacy.devstack.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DevstackSettingsTest {

    private static final Path HERE = Path.of("/checkout");

    @Test
    void usesTheDefaultPortsAndKeepsDataInTheCheckout() {
        DevstackSettings settings = DevstackSettings.fromEnvironment(Map.of(), HERE);

        assertThat(settings.port(Port.GATEWAY)).isEqualTo(8080);
        assertThat(settings.port(Port.KEYCLOAK)).isEqualTo(8180);
        assertThat(settings.port(Port.KAFKA_CONTROLLER)).isEqualTo(9093);
        assertThat(settings.dataDirectory()).isEqualTo(HERE.resolve(".devstack"));
        assertThat(settings.gatewayPublicUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.portsToOpen()).containsExactlyInAnyOrder(Port.values());
    }

    @Test
    void movesPortsAndTheDataDirectoryByVariables() {
        DevstackSettings settings = DevstackSettings.fromEnvironment(Map.of(
                "GATEWAY_PORT", "18080", "MONGODB_PORT", " 37017 ", "DEVSTACK_DATA_DIR", "other-data"), HERE);

        assertThat(settings.port(Port.GATEWAY)).isEqualTo(18080);
        assertThat(settings.port(Port.MONGODB)).isEqualTo(37017);
        assertThat(settings.dataDirectory()).isEqualTo(HERE.resolve("other-data"));
        assertThat(settings.gatewayPublicUrl()).isEqualTo("http://localhost:18080");
    }

    @Test
    void opensNoPortForAPartReplacedByAnExternalOne() {
        DevstackSettings settings = DevstackSettings.fromEnvironment(Map.of(
                "MONGODB_URI", "mongodb://db.example.org:27017",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example.org:9092",
                "KEYCLOAK_ISSUER_URI", "https://id.example.org/realms/advocacy/",
                "SMTP_HOST", "mail.example.org"), HERE);

        assertThat(settings.portsToOpen()).containsExactlyInAnyOrder(Port.GATEWAY, Port.GATEWAY_MANAGEMENT,
                Port.EVENTS_SERVICE, Port.PETITION_SERVICE, Port.CASES_SERVICE, Port.NOTIFICATIONS_SERVICE);
        assertThat(settings.external().keycloakIssuerUri()).hasValue("https://id.example.org/realms/advocacy");
    }

    @Test
    void refusesAPortThatIsNotANumberNamingTheVariable() {
        assertThatThrownBy(() -> DevstackSettings.fromEnvironment(Map.of("KAFKA_PORT", "nine"), HERE))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("KAFKA_PORT must be a port number (1-65535), but is 'nine'");
        assertThatThrownBy(() -> DevstackSettings.fromEnvironment(Map.of("SMTP_PORT", "70000"), HERE))
                .hasMessageContaining("SMTP_PORT");
    }

    @Test
    void servicesKeepAClassArchiveUnlessToldNotTo() {
        assertThat(DevstackSettings.fromEnvironment(Map.of(), HERE).classArchives()).isTrue();
        assertThat(DevstackSettings.fromEnvironment(Map.of("SERVICE_CLASS_ARCHIVES", "false"), HERE).classArchives()).isFalse();
        assertThat(DevstackSettings.fromEnvironment(Map.of("SERVICE_CLASS_ARCHIVES", " FALSE "), HERE).classArchives()).isFalse();
    }

    @Test
    void startsOneInstanceOfEachServiceUnlessToldAndPutsFurtherOnesTenPortsApart() {
        DevstackSettings one = DevstackSettings.fromEnvironment(Map.of(), HERE);
        DevstackSettings scaled = DevstackSettings.fromEnvironment(Map.of("PETITION_INSTANCES", "2", "GATEWAY_INSTANCES", " 3 "), HERE);

        assertThat(one.instances().of(Port.PETITION_SERVICE)).isEqualTo(1);
        assertThat(scaled.instances().of(Port.PETITION_SERVICE)).isEqualTo(2);
        assertThat(scaled.instances().of(Port.EVENTS_SERVICE)).isEqualTo(1);
        assertThat(scaled.servicePortsToOpen()).filteredOn(p -> p.port() == Port.GATEWAY)
                .extracting(ServicePort::number).containsExactly(8080, 8090, 8100);
        assertThat(scaled.servicePortsToOpen()).filteredOn(p -> p.port() == Port.GATEWAY_MANAGEMENT)
                .extracting(ServicePort::number).containsExactly(9080, 9090, 9100);
        assertThat(scaled.servicePortsToOpen()).filteredOn(p -> p.port() == Port.PETITION_SERVICE)
                .extracting(ServicePort::number).containsExactly(8082, 8092);
    }

    @Test
    void refusesAnInstanceCountOutsideOneToNineNamingTheVariable() {
        assertThatThrownBy(() -> DevstackSettings.fromEnvironment(Map.of("CASES_INSTANCES", "0"), HERE))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("CASES_INSTANCES must be a number from 1 to 9, but is '0'");
        assertThatThrownBy(() -> DevstackSettings.fromEnvironment(Map.of("NOTIFICATIONS_INSTANCES", "two"), HERE))
                .hasMessageContaining("NOTIFICATIONS_INSTANCES");
    }
}
