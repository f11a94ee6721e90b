package org.advocacy.gateway.web.admin.cases;

import org.advocacy.gateway.web.WebProperties;
import org.advocacy.gateway.web.admin.FieldProblems;
import org.advocacy.gateway.web.services.CasesClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Staff's cases: every case with its publication state, opening a case and revising its details
 * with the service's problems beside their fields, and the page of one case.
 */
@Controller
class CaseAdminController {

    static final String ORGANISERS = "hasAnyRole('organiser', 'admin')";

    private final CasesClient cases;
    private final CaseWorkPage page;
    private final WebProperties web;

    CaseAdminController(CasesClient cases, CaseWorkPage page, WebProperties web) {
        this.cases = cases;
        this.page = page;
        this.web = web;
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/cases")
    Mono<Rendering> list() {
        return cases.find(new LinkedMultiValueMap<>()).map(found -> Rendering.view("admin/cases/list")
                .modelAttribute("section", "cases").modelAttribute("cases", found.items()).build());
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/cases/new")
    Mono<Rendering> blank(ServerWebExchange exchange) {
        return Staff.isAdmin(exchange).map(admin -> form(CaseForm.blank(web.campaign().id(), admin), "", FieldProblems.NONE, HttpStatus.OK));
    }

    @PreAuthorize(ORGANISERS)
    @PostMapping("/admin/cases")
    Mono<Rendering> open(ServerWebExchange exchange) {
        return Mono.zip(exchange.getFormData(), Staff.isAdmin(exchange)).flatMap(posted -> {
            CaseForm form = CaseForm.of(posted.getT1(), posted.getT2());
            return cases.open(form.toRequest()).map(opened -> Rendering.redirectTo("/admin/cases/" + opened.id()).build())
                    .onErrorResume(ServiceProblem.class, problem -> Mono.just(
                            form(form, "", FieldProblems.of(problem), HttpStatus.UNPROCESSABLE_CONTENT)));
        });
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/cases/{id}")
    Mono<Rendering> one(@PathVariable String id, ServerWebExchange exchange) {
        return Staff.isAdmin(exchange).flatMap(admin -> page.render(id, Posted.NONE, HttpStatus.OK, admin));
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/cases/{id}/edit")
    Mono<Rendering> edit(@PathVariable String id, ServerWebExchange exchange) {
        return Mono.zip(cases.one(id), Staff.isAdmin(exchange))
                .map(found -> form(CaseForm.of(found.getT1(), found.getT2()), id, FieldProblems.NONE, HttpStatus.OK));
    }

    @PreAuthorize(ORGANISERS)
    @PostMapping("/admin/cases/{id}")
    Mono<Rendering> revise(@PathVariable String id, ServerWebExchange exchange) {
        return Mono.zip(exchange.getFormData(), Staff.isAdmin(exchange)).flatMap(posted -> {
            CaseForm form = CaseForm.of(posted.getT1(), posted.getT2());
            return cases.revise(id, form.toRequest()).map(revised -> Rendering.redirectTo("/admin/cases/" + id).build())
                    .onErrorResume(ServiceProblem.class, problem -> problem.status() == 404 ? Mono.error(problem)
                            : Mono.just(form(form, id, FieldProblems.of(problem), HttpStatus.UNPROCESSABLE_CONTENT)));
        });
    }

    private static Rendering form(CaseForm form, String id, FieldProblems problems, HttpStatus status) {
        return Rendering.view("admin/cases/form").modelAttribute("section", "cases").modelAttribute("form", form)
                .modelAttribute("id", id).modelAttribute("problems", problems)
                .modelAttribute("languages", CaseForm.LANGUAGES).modelAttribute("groups", CaseForm.VISIBILITY_GROUPS)
                .status(status).build();
    }
}
