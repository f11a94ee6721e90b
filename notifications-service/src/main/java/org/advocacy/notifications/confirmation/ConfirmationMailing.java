package org.advocacy.notifications.confirmation;

import java.util.HashMap;
import java.util.Map;

import org.advocacy.contracts.petitions.SignaturePending;
import org.advocacy.notifications.MailProperties;
import org.advocacy.notifications.delivery.DeliveryLog;
import org.advocacy.notifications.delivery.Email;
import org.advocacy.notifications.mail.MailTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends a supporter the email by which they confirm their signature, in their language. Keeps
 * nothing in clear: the delivery log has the address as a keyed hash, and an email that did not
 * leave sealed for a resend.
 */
@Service
class ConfirmationMailing {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationMailing.class);

    private final SignatureRequestSeal seal;
    private final MailTemplates templates;
    private final DeliveryLog deliveries;
    private final MailProperties properties;

    ConfirmationMailing(SignatureRequestSeal seal, MailTemplates templates, DeliveryLog deliveries,
                        MailProperties properties) {
        this.seal = seal;
        this.templates = templates;
        this.deliveries = deliveries;
        this.properties = properties;
    }

    void send(SignaturePending pending) {
        ConfirmationLetter letter = ConfirmationLetter.of(pending, seal.open(pending), properties);
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", letter.supporterName());
        variables.put("petitionTitle", letter.petitionTitle());
        variables.put("expiresAt", letter.expiresAt());
        variables.put("confirmLink", letter.confirmLink());
        variables.put("eraseLink", letter.eraseLink());
        deliveries.send(new Email("signature-confirmation:" + pending.signatureId(), "signature-confirmation", letter.to(),
                templates.line("signature-confirmation.subject", letter.language(), letter.petitionTitle()),
                templates.render("signature-confirmation", letter.language(), variables)));
        log.info("Sent the confirmation email of signature {} of petition {} in {}", pending.signatureId(),
                pending.petitionId(), letter.language().toLanguageTag());
    }
}
