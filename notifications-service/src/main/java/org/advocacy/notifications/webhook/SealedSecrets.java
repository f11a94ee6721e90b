package org.advocacy.notifications.webhook;

import org.advocacy.notifications.mail.PersonalData;
import org.springframework.stereotype.Component;

/** Partners' signing secrets sealed under the service's own key, as supporters' data is. */
@Component
class SealedSecrets implements SecretLocker {

    private final PersonalData sealing;

    SealedSecrets(PersonalData sealing) {
        this.sealing = sealing;
    }

    @Override
    public String lock(String secret, String endpointId) {
        return sealing.seal(secret, "webhook-secret:" + endpointId);
    }

    @Override
    public String unlock(String locked, String endpointId) {
        return sealing.open(locked, "webhook-secret:" + endpointId);
    }
}
