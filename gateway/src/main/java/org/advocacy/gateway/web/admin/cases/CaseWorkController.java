package org.advocacy.gateway.web.admin.cases;

import static org.advocacy.gateway.web.admin.cases.FormText.ids;
import static org.advocacy.gateway.web.admin.cases.FormText.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.gateway.web.admin.FieldProblems;
import org.advocacy.gateway.web.services.CaseFile;
import org.advocacy.gateway.web.services.CasesClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The small forms of a case's page, each one step of cases-service: a timeline entry, a source, a
 * status change, the consent, the second staff member's risk review, publishing and withdrawing.
 * A refusal shows the page again with the service's problems beside the form's fields.
 */
@Controller
class CaseWorkController {

    private final CasesClient cases;
    private final CaseWorkPage page;

    CaseWorkController(CasesClient cases, CaseWorkPage page) {
        this.cases = cases;
        this.page = page;
    }

    @PreAuthorize(CaseAdminController.ORGANISERS)
    @PostMapping("/admin/cases/{id}/{step:timeline|sources|status-changes|consent|risk-review|publication}")
    Mono<Rendering> step(@PathVariable String id, @PathVariable String step, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> done(id, step, exchange,
                cases.step(id, step, request(step, form)), form));
    }

    @PreAuthorize(CaseAdminController.ORGANISERS)
    @PostMapping("/admin/cases/{id}/withdrawal")
    Mono<Rendering> unpublish(@PathVariable String id, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(form -> done(id, "publication", exchange, cases.unpublish(id), form));
    }

    private Mono<Rendering> done(String id, String step, ServerWebExchange exchange, Mono<CaseFile> call,
                                 MultiValueMap<String, String> form) {
        return call.map(changed -> Rendering.redirectTo("/admin/cases/" + id + "#" + step).build())
                .onErrorResume(ServiceProblem.class, problem -> problem.status() == 404 ? Mono.error(problem)
                        : Staff.isAdmin(exchange).flatMap(admin -> page.render(id,
                                new Posted(step, form.toSingleValueMap(), FieldProblems.of(problem)),
                                HttpStatus.UNPROCESSABLE_CONTENT, admin)));
    }

    /** The service's request for each step, from the form's fields; blanks are left out for the service to judge. */
    static Map<String, Object> request(String step, MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (step) {
            case "timeline" -> {
                put(body, "date", form, "date");
                put(body, "kind", form, "kind");
                Map<String, String> text = new LinkedHashMap<>();
                CaseForm.LANGUAGES.forEach(language -> {
                    String value = value(form, "text_" + language);
                    if (!value.isEmpty()) {
                        text.put(language, value);
                    }
                });
                body.put("text", text);
                body.put("sourceIds", ids(value(form, "sourceIds")));
                put(body, "visibility", form, "visibility");
            }
            case "sources" -> List.of("id", "title", "publisher", "url", "date", "archiveSha256", "visibility")
                    .forEach(field -> put(body, field, form, field));
            case "status-changes" -> {
                put(body, "status", form, "status");
                put(body, "date", form, "date");
            }
            case "consent" -> List.of("givenBy", "obtainedOn", "note").forEach(field -> put(body, field, form, field));
            case "risk-review" -> {
                String approved = value(form, "approved");
                body.put("approved", approved.isEmpty() ? null : Boolean.valueOf(approved));
                put(body, "note", form, "note");
            }
            default -> {
                // publication: nothing to send
            }
        }
        return body;
    }

    private static void put(Map<String, Object> body, String name, MultiValueMap<String, String> form, String field) {
        String value = value(form, field);
        body.put(name, value.isEmpty() ? null : value);
    }
}
