package org.advocacy.messaging.deadletter;

import java.net.URI;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.advocacy.conventions.problem.ApiProblems;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff see which messages this service gave up on, and why, and replay them after a fix. */
@RestController
@RequestMapping("/api/operations/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;
    private final DeadLetterReplay replay;

    DeadLetterController(DeadLetters deadLetters, DeadLetterReplay replay) {
        this.deadLetters = deadLetters;
        this.replay = replay;
    }

    @GetMapping
    @PreAuthorize(Access.ADMIN)
    DeadLetterList list(@RequestParam(defaultValue = "0") @Min(0) int page,
                        @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return new DeadLetterList(deadLetters.page(page, size).stream().map(DeadLetterView::of).toList(), page, size,
                deadLetters.count(), deadLetters.waitingByTopic());
    }

    @PostMapping("/{id}/replay")
    @PreAuthorize(Access.ADMIN)
    DeadLetterView replay(@PathVariable String id) {
        return replay.replay(id).map(DeadLetterView::of).orElseThrow(() -> new NotFound("Dead letter", id));
    }

    @ExceptionHandler(DeadLetterReplay.BrokerUnavailable.class)
    ResponseEntity<ProblemDetail> brokerUnavailable(DeadLetterReplay.BrokerUnavailable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The message broker did not take the message; nothing changed. Try again shortly.");
        problem.setType(URI.create(ApiProblems.TYPE_BASE + "broker-unavailable"));
        problem.setTitle("Message broker unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").body(problem);
    }

    /**
     * A page of dead letters, newest first.
     *
     * @param waitingByTopic dead letters not yet replayed, by the topic they came from
     */
    record DeadLetterList(java.util.List<DeadLetterView> items, int page, int size, long total,
                          Map<String, Long> waitingByTopic) {
    }
}
