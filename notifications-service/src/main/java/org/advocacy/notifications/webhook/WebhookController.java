package org.advocacy.notifications.webhook;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.advocacy.conventions.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partners' webhook endpoints (Standard Webhooks). A partner sees and changes only its own (the
 * token's {@code partner_id}); another's answers 404. Admins read every endpoint with its health.
 */
@RestController
@RequestMapping("/api/webhooks")
@Tag(name = "Webhooks")
class WebhookController {

    static final String PARTNER = "hasRole('partner')";
    static final String PARTNER_OR_ADMIN = "hasAnyRole('partner', 'admin')";

    private final WebhookRegistry registry;

    WebhookController(WebhookRegistry registry) {
        this.registry = registry;
    }

    @Operation(summary = "Register an endpoint; its signing secret is answered this once")
    @PreAuthorize(PARTNER)
    @PostMapping
    ResponseEntity<WebhookSecretView> register(@Valid @RequestBody WebhookRequest request, Authentication caller) {
        var registered = registry.register(WebhookCaller.of(caller), request);
        return ResponseEntity.created(URI.create("/api/webhooks/" + registered.endpoint().id()))
                .cacheControl(CacheControl.noStore())
                .body(WebhookSecretView.of(registered.endpoint(), registered.secret()));
    }

    @Operation(summary = "The caller's endpoints (a partner's own; every one for an admin), with their health")
    @PreAuthorize(PARTNER_OR_ADMIN)
    @GetMapping
    PageView<WebhookView> endpoints(@RequestParam(defaultValue = "0") @Min(0) int page,
                                    @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                    Authentication caller) {
        var request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")));
        return PageView.of(registry.list(WebhookCaller.of(caller), request), WebhookView::of);
    }

    @PreAuthorize(PARTNER_OR_ADMIN)
    @GetMapping("/{id}")
    WebhookView endpoint(@PathVariable String id, Authentication caller) {
        return WebhookView.of(registry.read(WebhookCaller.of(caller), id));
    }

    @Operation(summary = "Change the event types the endpoint receives")
    @PreAuthorize(PARTNER)
    @PutMapping("/{id}")
    WebhookView changeEventTypes(@PathVariable String id, @Valid @RequestBody EventTypesRequest request,
                                 Authentication caller) {
        return WebhookView.of(registry.changeEventTypes(WebhookCaller.of(caller), id, request.eventTypes()));
    }

    @PreAuthorize(PARTNER)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, Authentication caller) {
        registry.delete(WebhookCaller.of(caller), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "A new signing secret, answered this once; the old one still signs beside it for a while")
    @PreAuthorize(PARTNER)
    @PostMapping("/{id}/secret-rotation")
    ResponseEntity<WebhookSecretView> rotateSecret(@PathVariable String id, Authentication caller) {
        var rotated = registry.rotateSecret(WebhookCaller.of(caller), id);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(WebhookSecretView.of(rotated.endpoint(), rotated.secret()));
    }

    @Operation(summary = "Enable a disabled endpoint again; what waited for it is sent")
    @PreAuthorize(PARTNER)
    @PostMapping("/{id}/enabling")
    WebhookView enable(@PathVariable String id, Authentication caller) {
        return WebhookView.of(registry.enable(WebhookCaller.of(caller), id));
    }

    @Operation(summary = "Send a webhook.test event at once; answers how the attempt went")
    @PreAuthorize(PARTNER)
    @PostMapping("/{id}/test")
    DeliveryView test(@PathVariable String id, Authentication caller) {
        return DeliveryView.of(registry.sendTest(WebhookCaller.of(caller), id));
    }

    @Operation(summary = "The endpoint's deliveries, newest first")
    @PreAuthorize(PARTNER_OR_ADMIN)
    @GetMapping("/{id}/deliveries")
    PageView<DeliveryView> deliveries(@PathVariable String id,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                      Authentication caller) {
        var request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")));
        return PageView.of(registry.deliveries(WebhookCaller.of(caller), id, request), DeliveryView::of);
    }

    @Operation(summary = "Send a delivery again at once, with the same webhook-id")
    @PreAuthorize(PARTNER)
    @PostMapping("/{id}/deliveries/{deliveryId}/replay")
    DeliveryView replay(@PathVariable String id, @PathVariable String deliveryId, Authentication caller) {
        return DeliveryView.of(registry.replay(WebhookCaller.of(caller), id, deliveryId));
    }
}
