package org.advocacy.notifications.partner;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.advocacy.conventions.PageView;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.security.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partner NGOs and their API access. Admins only. */
@RestController
@RequestMapping("/api/partners")
class PartnerController {

    private final Partners partners;
    private final Onboarding onboarding;
    private final String tokenUrl;

    PartnerController(Partners partners, Onboarding onboarding, PartnerKeycloakProperties keycloak) {
        this.partners = partners;
        this.onboarding = onboarding;
        this.tokenUrl = keycloak.issuerUri().toString().replaceAll("/$", "") + "/protocol/openid-connect/token";
    }

    /** Onboards a partner: its client in Keycloak, and its secret, shown this once. */
    @PreAuthorize(Access.ADMIN)
    @PostMapping
    ResponseEntity<PartnerCredentials> onboard(@Valid @RequestBody PartnerRequest request) {
        var onboarded = onboarding.onboard(request);
        return ResponseEntity.created(URI.create("/api/partners/" + onboarded.partner().id()))
                .cacheControl(CacheControl.noStore())
                .body(PartnerCredentials.of(onboarded, tokenUrl));
    }

    /** The partners, newest first. */
    @PreAuthorize(Access.ADMIN)
    @GetMapping
    PageView<PartnerView> partners(@RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")));
        return PageView.of(partners.findAll(request), PartnerView::of);
    }

    @PreAuthorize(Access.ADMIN)
    @GetMapping("/{id}")
    PartnerView partner(@PathVariable String id) {
        return partners.findById(id).map(PartnerView::of).orElseThrow(() -> new NotFound("Partner", id));
    }

    /** A new secret for the partner's client, shown this once; the old one stops working. */
    @PreAuthorize(Access.ADMIN)
    @PostMapping("/{id}/secret-rotation")
    ResponseEntity<PartnerCredentials> rotateSecret(@PathVariable String id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(PartnerCredentials.of(onboarding.rotateSecret(id), tokenUrl));
    }

    /** The partner's client gets no new tokens; those it holds run out within their lifespan. */
    @PreAuthorize(Access.ADMIN)
    @PostMapping("/{id}/disabling")
    PartnerView disable(@PathVariable String id) {
        return PartnerView.of(onboarding.disable(id));
    }

    @PreAuthorize(Access.ADMIN)
    @PostMapping("/{id}/enabling")
    PartnerView enable(@PathVariable String id) {
        return PartnerView.of(onboarding.enable(id));
    }
}
