package org.advocacy.gateway.web.admin;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import org.advocacy.gateway.web.services.PetitionClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The dashboard's first page: signatures today and in all, pending confirmations, and signatures per day. */
@Controller
class OverviewController {

    private final PetitionClient petitions;

    OverviewController(PetitionClient petitions) {
        this.petitions = petitions;
    }

    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @GetMapping("/admin")
    Mono<Rendering> overview() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        return petitions.published(100).flatMapMany(page -> Flux.fromIterable(page.items()))
                .flatMap(petition -> petitions.statistics(petition.id()).map(stats -> Map.entry(petition, stats)), 4)
                .collectList()
                .map(all -> {
                    Map<String, Long> byDay = new TreeMap<>();
                    all.forEach(e -> e.getValue().byDay().forEach((day, n) -> byDay.merge(day, n, Long::sum)));
                    return Rendering.view("admin/overview")
                            .modelAttribute("section", "overview")
                            .modelAttribute("total", all.stream().mapToLong(e -> e.getValue().confirmed()).sum())
                            .modelAttribute("today", byDay.getOrDefault(today, 0L))
                            .modelAttribute("pending", all.stream().mapToLong(e -> e.getValue().pendingConfirmations()).sum())
                            .modelAttribute("byDay", byDay)
                            .modelAttribute("petitions", all.stream().map(Map.Entry::getKey).toList())
                            .modelAttribute("chart", DailyChart.of(byDay))
                            .build();
                });
    }

}
