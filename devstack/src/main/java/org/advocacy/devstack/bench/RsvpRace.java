package org.advocacy.devstack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Many supporters answer one event with few seats and all confirm at once, half through the gateway
 * and half directly: never more confirmed than seats. The confirmation links are read where the
 * notifications service reads them, sealed in the RSVP messages on Kafka, opened with the devstack key.
 */
final class RsvpRace {

    private final HttpClient http;
    private final ObjectMapper json;
    private final String kafka;
    private final SecretKeySpec key;

    RsvpRace(HttpClient http, ObjectMapper json, String kafka, String base64Key) {
        this.http = http;
        this.json = json;
        this.kafka = kafka;
        this.key = new SecretKeySpec(Base64.getDecoder().decode(base64Key.strip()), "AES");
    }

    Result run(String gateway, String direct, String organiser, String run, int seats, int supporters, LoadRunner load)
            throws Exception {
        String event = openEvent(gateway, organiser, run, seats);
        Map<String, String> tokens = new ConcurrentHashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            Measurement asked = load.run("rsvp", "both", supporters, i -> post((i % 2 == 0 ? gateway : direct)
                    + "/api/events/" + event + "/rsvps", """
                    {"name": "Benchmark Attendee %d", "email": "rsvp-%s-%d@example.org", "locale": "en"}""".formatted(i, run, i)));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (tokens.size() < asked.withStatus(202) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (event.equals(record.key())) {
                        JsonNode pending = json.readTree(record.value());
                        if (pending.hasNonNull("sealed") && pending.hasNonNull("rsvpId") && "PENDING".equals(kind(record))) {
                            String id = pending.path("rsvpId").asText();
                            tokens.put(id, json.readTree(open(pending.path("sealed").asText(), "rsvp:" + id))
                                    .path("confirmationToken").asText());
                        }
                    }
                }
            }
        }
        List<String> links = new ArrayList<>(tokens.values());
        List<String> outcomes = new CopyOnWriteArrayList<>();
        Measurement confirmed = load.run("rsvp confirm", "both", links.size(), i -> post((i % 2 == 0 ? gateway : direct)
                + "/api/rsvps/confirmation", "{\"token\": \"" + links.get(i) + "\"}"),
                (i, response) -> {
                    if (response.statusCode() == 200) {
                        outcomes.add(json.readTree(response.body()).path("status").asText());
                    }
                });
        JsonNode view = json.readTree(http.send(HttpRequest.newBuilder(URI.create(direct + "/api/events/" + event)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        long answeredConfirmed = outcomes.stream().filter("CONFIRMED"::equals).count();
        long answeredWaiting = outcomes.stream().filter("WAITING"::equals).count();
        return new Result(seats, supporters, links.size(), answeredConfirmed, answeredWaiting,
                view.path("confirmedCount").asLong(), view.path("waitlistCount").asLong(), confirmed);
    }

    private static String kind(ConsumerRecord<String, byte[]> record) {
        var type = record.headers().lastHeader("ce_type");
        String value = type == null ? "" : new String(type.value(), StandardCharsets.UTF_8);
        return value.contains(".rsvp.pending.") ? "PENDING" : value;
    }

    private String openEvent(String gateway, String organiser, String run, int seats) throws Exception {
        LocalDateTime start = LocalDateTime.now().plusDays(30).withNano(0);
        HttpResponse<String> drafted = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/events"))
                .header("Authorization", "Bearer " + organiser).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"campaign": "benchmark", "kind": "PROTEST", "title": {"en": "Benchmark protest %s"},
                         "startsAt": "%s", "endsAt": "%s", "timeZone": "Europe/Brussels",
                         "venue": {"name": "Jean Rey Square", "city": "Brussels", "country": "BE"}, "capacity": %d}"""
                        .formatted(run, start, start.plusHours(2), seats))).build(), HttpResponse.BodyHandlers.ofString());
        if (drafted.statusCode() != 201) {
            throw new IllegalStateException("Could not draft the benchmark's event: " + drafted.statusCode() + " " + drafted.body());
        }
        String id = json.readTree(drafted.body()).path("id").asText();
        HttpResponse<String> published = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/events/" + id + "/publication"))
                .header("Authorization", "Bearer " + organiser).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (published.statusCode() / 100 != 2) {
            throw new IllegalStateException("Could not publish the benchmark's event: " + published.body());
        }
        return id;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.RSVPS).stream()
                .map(info -> new TopicPartition(Topics.RSVPS, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private byte[] open(String box, String associatedData) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(box);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 1, 12));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(bytes, 13, bytes.length - 13);
    }

    private HttpRequest post(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    record Result(int seats, int supporters, int links, long answeredConfirmed, long answeredWaiting, long eventConfirmed,
                  long eventWaiting, Measurement confirmations) {

        boolean withinSeats() {
            return answeredConfirmed <= seats && eventConfirmed <= seats;
        }
    }
}
