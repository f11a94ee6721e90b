package org.advocacy.infrastructure.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.advocacy.contracts.Topics;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compose broker's lock, tried on a real broker: the server properties, SCRAM users and
 * topics of {@code docker/kafka/start.sh} and the grants of {@code docker/kafka/service-acls},
 * as that script applies them. Each service reaches what it needs and nothing else.
 */
class KafkaServiceGrantsTest {

    private static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    private static final Path SCRIPT = ROOT.resolve("docker/kafka/start.sh");
    private static final Path GRANTS = ROOT.resolve("docker/kafka/service-acls");
    private static final String ADMIN_PASSWORD = "admin-test-password";
    private static final List<String> SERVICES = List.of("events-service", "petition-service", "cases-service",
            "notifications-service");

    private static Path data;
    private static KafkaRaftServer broker;
    private static String bootstrap;

    @BeforeAll
    static void startTheLockedBroker() throws Exception {
        data = Files.createTempDirectory("kafka-grants");
        int port = freePort();
        int controllerPort = freePort();
        bootstrap = "127.0.0.1:" + port;
        Properties properties = new Properties();
        String config = heredoc(Files.readString(SCRIPT), "CONFIG")
                .replace("${KAFKA_ADMIN_PASSWORD}", ADMIN_PASSWORD)
                .replace("${DATA}", data.resolve("log").toString())
                .replace("${PARTITIONS}", "3")
                .replace("kafka:9093", "127.0.0.1:" + controllerPort)
                .replace("kafka:9092", bootstrap)
                .replace("://:9092", "://" + bootstrap)
                .replace("://:9093", "://127.0.0.1:" + controllerPort);
        properties.load(new java.io.StringReader(config));
        Path propertiesFile = data.resolve("server.properties");
        try (var out = Files.newOutputStream(propertiesFile)) {
            properties.store(out, null);
        }
        List<String> format = new ArrayList<>(List.of("format", "-t", "grants-test-cluster", "-c", propertiesFile.toString(),
                "--add-scram", "SCRAM-SHA-512=[name=admin,password=" + ADMIN_PASSWORD + "]"));
        for (String service : SERVICES) {
            format.addAll(List.of("--add-scram", "SCRAM-SHA-512=[name=" + service + ",password=" + passwordOf(service) + "]"));
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(format.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
        assertThat(exit).as("kafka-storage format: %s", output).isZero();
        broker = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        broker.startup();

        try (AdminClient admin = AdminClient.create(client("admin", ADMIN_PASSWORD))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : topicsOfTheScript()) {
                topics.add(new NewTopic(topic, 3, (short) 1));
            }
            admin.createTopics(topics).all().get();
            List<AclBinding> grants = grants();
            admin.createAcls(grants).all().get();
            // The broker's authorizer learns the grants from the metadata log a moment later.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (admin.describeAcls(AclBindingFilter.ANY).values().get().size() < grants.size()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (broker != null) {
            broker.shutdown();
            broker.awaitShutdown();
        }
    }

    @Test
    void theScriptCreatesEveryTopicOfThePlatformAndItsDeadLetterTopicWithShortRetentionForInternalOnes() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String topic : Topics.ALL) {
            expected.add(topic);
            expected.add(Topics.deadLetterTopicOf(topic));
        }
        assertThat(topicsOfTheScript()).isEqualTo(expected);
        Matcher internalLoop = Pattern.compile("for name in ([^;]+); do\\s+topic \"\\$name\" --config \"retention.ms=\\$INTERNAL_RETENTION_MS\"\\s+"
                + "topic \"\\$name.dlt\" --config \"retention.ms=\\$INTERNAL_RETENTION_MS\"").matcher(Files.readString(SCRIPT));
        assertThat(internalLoop.find()).as("the loop of start.sh that creates the internal topics").isTrue();
        assertThat(internalLoop.group(1).trim().split("\\s+")).containsExactlyInAnyOrderElementsOf(Topics.INTERNAL);
    }

    @Test
    void eachServicePublishesItsOwnTopicsAndNoOtherServices() throws Exception {
        send("petition-service", Topics.SIGNATURE_REQUESTS);
        send("cases-service", Topics.CASE_FILES);
        send("events-service", Topics.EVENTS);

        assertThatThrownBy(() -> send("cases-service", Topics.SIGNATURES)).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send("events-service", Topics.CASE_FILES)).hasRootCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void onlyNotificationsReadsTheSupportersSignatureRequests() {
        assertThat(readFrom("notifications-service", "notifications-service.signature-confirmations", Topics.SIGNATURE_REQUESTS))
                .isTrue();

        assertThatThrownBy(() -> readFrom("cases-service", "cases-service.spy", Topics.SIGNATURE_REQUESTS))
                .isInstanceOf(AuthorizationException.class);
        // petition-service has a group of its own, and still may not read the requests it publishes.
        assertThatThrownBy(() -> readFrom("petition-service", "petition-service.spy", Topics.SIGNATURE_REQUESTS))
                .isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceReadsOnlyInConsumerGroupsNamedAfterItself() {
        assertThatThrownBy(() -> readFrom("notifications-service", "petition-service.counting", Topics.SIGNATURES))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void notificationsParksAMessageOnTheDeadLetterTopicOfATopicItReads() throws Exception {
        send("notifications-service", Topics.deadLetterTopicOf(Topics.SIGNATURE_REQUESTS));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> producer = client("petition-service", "not-its-password");
        producer.put("max.block.ms", 10_000);
        assertThatThrownBy(() -> {
            try (var p = new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
                p.send(new ProducerRecord<>(Topics.SIGNATURES, "k", "v")).get();
            }
        }).hasRootCauseInstanceOf(SaslAuthenticationException.class);
    }

    private static void send(String service, String topic) throws ExecutionException, InterruptedException {
        Map<String, Object> producer = client(service, passwordOf(service));
        producer.put("max.block.ms", 10_000);
        producer.put("delivery.timeout.ms", 10_000);
        producer.put("request.timeout.ms", 5_000);
        try (var p = new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
            p.send(new ProducerRecord<>(topic, "key", "value")).get();
        }
    }

    /** Whether the service's consumer got an assignment on the topic; throws what the broker refused. */
    private static boolean readFrom(String service, String group, String topic) {
        Map<String, Object> consumer = client(service, passwordOf(service));
        consumer.put("group.id", group);
        consumer.put("auto.offset.reset", "earliest");
        try (var c = new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (c.assignment().isEmpty() && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(500));
            }
            return !c.assignment().isEmpty();
        }
    }

    private static Map<String, Object> client(String user, String password) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("bootstrap.servers", bootstrap);
        properties.put("security.protocol", "SASL_PLAINTEXT");
        properties.put("sasl.mechanism", "SCRAM-SHA-512");
        properties.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"%s\" password=\"%s\";"
                .formatted(user, password));
        return properties;
    }

    private static String passwordOf(String service) {
        return service + "-test-password";
    }

    /** The grants of service-acls, as start.sh turns each line into kafka-acls.sh options. */
    private static List<AclBinding> grants() throws IOException {
        List<AclBinding> bindings = new ArrayList<>();
        for (String line : Files.readAllLines(GRANTS)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            ResourceType type = ResourceType.fromString(fields[2].toUpperCase(Locale.ROOT));
            PatternType pattern = PatternType.fromString(fields[3].toUpperCase(Locale.ROOT));
            assertThat(type).as(line).isNotEqualTo(ResourceType.UNKNOWN);
            assertThat(pattern).as(line).isNotEqualTo(PatternType.UNKNOWN);
            for (String operation : fields[1].split(",")) {
                AclOperation op = AclOperation.fromString(operation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
                assertThat(op).as(line).isNotEqualTo(AclOperation.UNKNOWN);
                for (int n = 4; n < fields.length; n++) {
                    bindings.add(new AclBinding(new ResourcePattern(type, fields[n], pattern),
                            new AccessControlEntry("User:" + fields[0], "*", op, AclPermissionType.ALLOW)));
                }
            }
        }
        return bindings;
    }

    private static Set<String> topicsOfTheScript() throws IOException {
        String script = Files.readString(SCRIPT);
        Set<String> topics = new TreeSet<>();
        Matcher loop = Pattern.compile("for name in ([^;]+); do\\s+topic \"\\$name\"([^\\n]*)\\s+topic \"\\$name.dlt\"").matcher(script);
        while (loop.find()) {
            for (String name : loop.group(1).trim().split("\\s+")) {
                topics.add(name);
                topics.add(name + ".dlt");
            }
        }
        return topics;
    }

    private static String heredoc(String script, String variable) {
        Matcher m = Pattern.compile("cat > \"\\$" + variable + "\" <<PROPERTIES\\n(.*?)\\nPROPERTIES", Pattern.DOTALL).matcher(script);
        assertThat(m.find()).as("the %s heredoc of start.sh", variable).isTrue();
        return m.group(1);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
