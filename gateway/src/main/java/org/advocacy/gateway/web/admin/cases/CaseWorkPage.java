package org.advocacy.gateway.web.admin.cases;

import java.util.List;

import org.advocacy.gateway.web.services.CaseWork;
import org.advocacy.gateway.web.services.CasesClient;
import org.advocacy.gateway.web.services.PageOf;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * A case's page in the dashboard: the case as staff see it, its revisions, its small forms (one
 * of them perhaps refused) and, for admins, who read its restricted data.
 */
@Component
class CaseWorkPage {

    private final CasesClient cases;

    CaseWorkPage(CasesClient cases) {
        this.cases = cases;
    }

    Mono<Rendering> render(String id, Posted posted, HttpStatus status, boolean admin) {
        Mono<PageOf<CaseWork.RestrictedRead>> reads = admin ? cases.restrictedReads(id) : Mono.just(new PageOf<>(List.of(), 0, 0, 0L));
        return Mono.zip(cases.one(id), cases.revisions(id), reads).map(found -> Rendering.view("admin/cases/case")
                .modelAttribute("section", "cases")
                .modelAttribute("c", found.getT1())
                .modelAttribute("revisions", newestFirst(found.getT2()))
                .modelAttribute("reads", found.getT3().items())
                .modelAttribute("posted", posted)
                .status(status).build());
    }

    private static List<CaseWork.Revision> newestFirst(List<CaseWork.Revision> revisions) {
        List<CaseWork.Revision> newest = new java.util.ArrayList<>(revisions);
        java.util.Collections.reverse(newest);
        return newest;
    }
}
