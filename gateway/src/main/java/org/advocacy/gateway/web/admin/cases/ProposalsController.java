package org.advocacy.gateway.web.admin.cases;

import java.util.Map;

import org.advocacy.gateway.web.admin.FieldProblems;
import org.advocacy.gateway.web.services.CasesClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The queue of partners' proposals: an organiser accepts one (applied, attributed) or rejects it with a reason. */
@Controller
class ProposalsController {

    private final CasesClient cases;

    ProposalsController(CasesClient cases) {
        this.cases = cases;
    }

    @PreAuthorize(CaseAdminController.ORGANISERS)
    @GetMapping("/admin/cases/proposals")
    Mono<Rendering> queue() {
        return queue(Posted.NONE, HttpStatus.OK);
    }

    @PreAuthorize(CaseAdminController.ORGANISERS)
    @PostMapping("/admin/cases/{caseId}/proposals/{id}/{decision:acceptance|rejection}")
    Mono<Rendering> decide(@PathVariable String caseId, @PathVariable String id, @PathVariable String decision,
                           ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> {
            String reason = form.getFirst("reason");
            Map<String, Object> body = decision.equals("rejection")
                    ? java.util.Collections.singletonMap("reason", reason == null || reason.isBlank() ? null : reason.strip())
                    : Map.of();
            return cases.decide(caseId, id, decision, body)
                    .map(decided -> Rendering.redirectTo("/admin/cases/proposals").build())
                    .onErrorResume(ServiceProblem.class, problem -> problem.status() == 404 ? Mono.error(problem)
                            : queue(new Posted(id, form.toSingleValueMap(), FieldProblems.of(problem)), HttpStatus.UNPROCESSABLE_CONTENT));
        });
    }

    private Mono<Rendering> queue(Posted posted, HttpStatus status) {
        return cases.pendingSubmissions().map(pending -> Rendering.view("admin/cases/proposals")
                .modelAttribute("section", "cases").modelAttribute("proposals", pending)
                .modelAttribute("posted", posted).status(status).build());
    }
}
