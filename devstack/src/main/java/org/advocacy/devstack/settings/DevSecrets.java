package org.advocacy.devstack.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The secrets devstack makes up on first start and keeps in the data directory, so the gateway's
 * client secret still matches Keycloak's and encrypted supporter data stays readable after a restart.
 *
 * @param gatewayClientSecret       the {@code gateway} client's secret in Keycloak
 * @param supporterDataKey          a 256-bit AES key, base64, for supporters' data at rest
 * @param platformAdminClientSecret the {@code platform-admin} client's secret: partner onboarding
 * @param signatureRequestKey       a 256-bit AES key, base64, that seals confirmation requests between the
 *                                  petition and notifications services
 * @param webFormKey                signs the anti-forgery tokens of the public forms; the same for every
 *                                  gateway instance, so a form served by one is accepted by another
 * @param rsvpRequestKey            a 256-bit AES key, base64, that seals RSVP messages between the events and
 *                                  notifications services
 * @param notificationsDataKey      a 256-bit AES key, base64, notifications-service's own: attendees' addresses
 *                                  and the copies of unsent emails at rest
 */
public record DevSecrets(String gatewayClientSecret, String supporterDataKey, String platformAdminClientSecret,
                         String signatureRequestKey, String webFormKey, String rsvpRequestKey,
                         String notificationsDataKey) {

    private static final String GATEWAY_CLIENT_SECRET = "gateway.client-secret";
    private static final String SUPPORTER_DATA_KEY = "supporter-data.key";
    private static final String PLATFORM_ADMIN_CLIENT_SECRET = "platform-admin.client-secret";
    private static final String SIGNATURE_REQUEST_KEY = "signature-request.key";
    private static final String WEB_FORM_KEY = "web-form.key";
    private static final String RSVP_REQUEST_KEY = "rsvp-request.key";
    private static final String NOTIFICATIONS_DATA_KEY = "notifications-data.key";

    public static DevSecrets loadOrCreate(Path file, DevstackSettings settings) {
        Properties stored = read(file);
        SecureRandom random = new SecureRandom();
        boolean changed = false;
        if (!stored.containsKey(GATEWAY_CLIENT_SECRET)) {
            stored.setProperty(GATEWAY_CLIENT_SECRET, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(random, 32)));
            changed = true;
        }
        if (!stored.containsKey(SUPPORTER_DATA_KEY)) {
            stored.setProperty(SUPPORTER_DATA_KEY, Base64.getEncoder().encodeToString(bytes(random, 32)));
            changed = true;
        }
        if (!stored.containsKey(PLATFORM_ADMIN_CLIENT_SECRET)) {
            stored.setProperty(PLATFORM_ADMIN_CLIENT_SECRET, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(random, 32)));
            changed = true;
        }
        if (!stored.containsKey(SIGNATURE_REQUEST_KEY)) {
            stored.setProperty(SIGNATURE_REQUEST_KEY, Base64.getEncoder().encodeToString(bytes(random, 32)));
            changed = true;
        }
        if (!stored.containsKey(WEB_FORM_KEY)) {
            stored.setProperty(WEB_FORM_KEY, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(random, 32)));
            changed = true;
        }
        for (String key : new String[] {RSVP_REQUEST_KEY, NOTIFICATIONS_DATA_KEY}) {
            if (!stored.containsKey(key)) {
                stored.setProperty(key, Base64.getEncoder().encodeToString(bytes(random, 32)));
                changed = true;
            }
        }
        if (changed) {
            write(file, stored);
        }
        return new DevSecrets(
                settings.gatewayClientSecret().orElse(stored.getProperty(GATEWAY_CLIENT_SECRET)),
                settings.supporterDataKey().orElse(stored.getProperty(SUPPORTER_DATA_KEY)),
                settings.platformAdminClientSecret().orElse(stored.getProperty(PLATFORM_ADMIN_CLIENT_SECRET)),
                settings.signatureRequestKey().orElse(stored.getProperty(SIGNATURE_REQUEST_KEY)),
                stored.getProperty(WEB_FORM_KEY),
                stored.getProperty(RSVP_REQUEST_KEY),
                stored.getProperty(NOTIFICATIONS_DATA_KEY));
    }

    private static byte[] bytes(SecureRandom random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static void write(Path file, Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions apply
            }
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "Generated by devstack on first start. Delete to generate new ones "
                        + "(then also delete keycloak/ and the data encrypted with the old key).");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
