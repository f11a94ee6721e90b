package org.advocacy.gateway.web.admin;


import org.advocacy.gateway.web.WebProperties;
import org.advocacy.gateway.web.services.PetitionClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Organisers' petitions: the list, drafting and revising with the service's problems beside their
 * fields, opening, closing and delivering, the statistics and the CSV for delivery.
 */
@Controller
class PetitionAdminController {

    private static final String ORGANISERS = "hasAnyRole('organiser', 'admin')";

    private final PetitionClient petitions;
    private final WebProperties web;

    PetitionAdminController(PetitionClient petitions, WebProperties web) {
        this.petitions = petitions;
        this.web = web;
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/petitions")
    Mono<Rendering> list() {
        return list(null, HttpStatus.OK);
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/petitions/new")
    Mono<Rendering> blank() {
        return Mono.just(form(PetitionForm.blank(web.campaign().id()), null, FieldProblems.NONE, HttpStatus.OK));
    }

    @PreAuthorize(ORGANISERS)
    @PostMapping("/admin/petitions")
    Mono<Rendering> draft(ServerWebExchange exchange) {
        return exchange.getFormData().map(PetitionForm::of).flatMap(form -> petitions.draft(form.toRequest())
                .map(drafted -> Rendering.view("admin/petition-drafted").modelAttribute("section", "petitions")
                        .modelAttribute("petition", drafted).status(HttpStatus.CREATED).build())
                .onErrorResume(ServiceProblem.class, problem -> Mono.just(form(form, null, FieldProblems.of(problem),
                        HttpStatus.UNPROCESSABLE_CONTENT))));
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/petitions/{id}/edit")
    Mono<Rendering> edit(@PathVariable String id) {
        return petitions.one(id).map(petition -> form(PetitionForm.of(petition), petition.id(), FieldProblems.NONE, HttpStatus.OK));
    }

    @PreAuthorize(ORGANISERS)
    @PostMapping("/admin/petitions/{id}")
    Mono<Rendering> revise(@PathVariable String id, ServerWebExchange exchange) {
        return exchange.getFormData().map(PetitionForm::of).flatMap(form -> petitions.revise(id, form.toRequest())
                .map(revised -> Rendering.redirectTo("/admin/petitions").build())
                .onErrorResume(ServiceProblem.class, problem -> problem.status() == 404 ? Mono.error(problem)
                        : Mono.just(form(form, id, FieldProblems.of(problem), HttpStatus.UNPROCESSABLE_CONTENT))));
    }

    @PreAuthorize(ORGANISERS)
    @PostMapping("/admin/petitions/{id}/{step:opening|closing|delivery}")
    Mono<Rendering> step(@PathVariable String id, @PathVariable String step) {
        return petitions.step(id, step).map(done -> Rendering.redirectTo("/admin/petitions").build())
                .onErrorResume(ServiceProblem.class, problem -> list(problem.getMessage(), HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/petitions/{id}/statistics")
    Mono<Rendering> statistics(@PathVariable String id) {
        return Mono.zip(petitions.one(id), petitions.statistics(id)).map(found -> Rendering.view("admin/statistics")
                .modelAttribute("section", "petitions")
                .modelAttribute("petition", found.getT1())
                .modelAttribute("stats", found.getT2())
                .modelAttribute("chart", DailyChart.of(new java.util.TreeMap<>(found.getT2().byDay())))
                .build());
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/petitions/{id}/signatures.csv")
    Mono<ResponseEntity<Flux<org.springframework.core.io.buffer.DataBuffer>>> csv(@PathVariable String id) {
        return Mono.just(ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"signatures-" + id.replaceAll("[^A-Za-z0-9_-]", "") + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(petitions.signaturesCsv(id)));
    }

    private Mono<Rendering> list(String problem, HttpStatus status) {
        return petitions.published(100).map(page -> Rendering.view("admin/petitions").modelAttribute("section", "petitions")
                .modelAttribute("petitions", page.items()).modelAttribute("problem", problem == null ? "" : problem)
                .status(status).build());
    }

    private static Rendering form(PetitionForm form, String id, FieldProblems problems, HttpStatus status) {
        return Rendering.view("admin/petition-form").modelAttribute("section", "petitions")
                .modelAttribute("form", form).modelAttribute("id", id == null ? "" : id)
                .modelAttribute("problems", problems).modelAttribute("languages", PetitionForm.LANGUAGES)
                .status(status).build();
    }

}
