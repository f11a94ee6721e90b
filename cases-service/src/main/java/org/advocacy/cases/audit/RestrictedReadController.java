package org.advocacy.cases.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.advocacy.conventions.PageView;
import org.advocacy.conventions.security.Access;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases")
class RestrictedReadController {

    private final RestrictedReads reads;

    RestrictedReadController(RestrictedReads reads) {
        this.reads = reads;
    }

    @Operation(summary = "Who read restricted case data, newest first (admins)")
    @PreAuthorize(Access.ADMIN)
    @GetMapping("/api/cases/restricted-reads")
    PageView<RestrictedRead> reads(@RequestParam(required = false) @Size(max = 64) String caseId,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageView.of(reads.find(caseId, PageRequest.of(page, size)), read -> read);
    }
}
