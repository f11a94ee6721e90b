package org.advocacy.devstack.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A campaign's seed data on the classpath: {@code seed/<campaign>/index.json} lists its files in loading order. */
public record SeedCampaign(String slug, List<SeedFile> files) {

    public static final String FIRST_CAMPAIGN = "kazakhstan-2017";

    public static SeedCampaign load(String slug, ObjectMapper json) {
        JsonNode index = read(slug + "/index.json", json);
        List<SeedFile> files = new ArrayList<>();
        for (JsonNode name : index.path("files")) {
            files.add(SeedFile.of(name.asText(), read(slug + "/" + name.asText(), json)));
        }
        return new SeedCampaign(slug, List.copyOf(files));
    }

    private static JsonNode read(String path, ObjectMapper json) {
        try (InputStream in = SeedCampaign.class.getResourceAsStream("/seed/" + path)) {
            if (in == null) {
                throw new IllegalStateException("Seed file seed/" + path + " is missing from the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Seed file seed/" + path + " is not valid JSON", e);
        }
    }
}
