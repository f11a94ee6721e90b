package org.advocacy.cases.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.advocacy.cases.casefile.CaseFile;
import org.advocacy.cases.casefile.CaseFileService;
import org.advocacy.cases.casefile.CaseFileView;
import org.advocacy.cases.casefile.CaseFilter;
import org.advocacy.cases.casefile.CaseFiles;
import org.advocacy.cases.casefile.Caller;
import org.advocacy.cases.casefile.Callers;
import org.advocacy.conventions.export.SpreadsheetSafe;
import org.advocacy.conventions.security.Access;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list as CSV and one case as JSON (for a submission to a UN body), each with only what the
 * caller may see, exactly as the API shows it; an export with restricted data is recorded.
 */
@RestController
@Tag(name = "Cases")
class ExportController {

    private final CaseFiles caseFiles;
    private final CaseFileService service;

    ExportController(CaseFiles caseFiles, CaseFileService service) {
        this.caseFiles = caseFiles;
        this.service = service;
    }

    @Operation(summary = "Cases as CSV, with the list's filters",
            description = "Columns beyond the public ones only for callers who may see them.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/api/cases/export.csv")
    void csv(@Valid CaseFilter filter, Authentication authentication, HttpServletResponse response) throws IOException {
        Caller caller = Callers.of(authentication);
        List<String> header = new ArrayList<>(List.of("id", "name", "spellings", "country", "categories", "status",
                "status_since", "persecution_forms", "summary_en", "detention_since", "detention_place", "url_sources"));
        if (caller.audience().isStaff()) {
            header.addAll(List.of("published", "consent", "risk_review_approved"));
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"cases.csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (Stream<CaseFile> cases = caseFiles.stream(filter, caller.audience());
             CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(writer)) {
            for (CaseFile caseFile : (Iterable<CaseFile>) cases::iterator) {
                CaseFileView view = service.show(caseFile, caller, "GET /api/cases/export.csv");
                List<String> row = new ArrayList<>(List.of(view.id(), view.person().name(),
                        String.join("; ", view.person().spellings()), view.country(), joined(view.categories()),
                        view.status().name(), orEmpty(view.statusSince()), joined(view.persecutionForms()),
                        orEmpty(view.summary().get("en")),
                        view.detention() == null ? "" : orEmpty(view.detention().since()),
                        view.detention() == null ? "" : orEmpty(view.detention().place()),
                        view.sources().stream().map(s -> orEmpty(s.url())).filter(u -> !u.isEmpty())
                                .collect(Collectors.joining(" "))));
                if (view.staff() != null) {
                    row.addAll(List.of(String.valueOf(view.published()),
                            view.staff().consent() == null ? "" : view.staff().consent().givenBy().name(),
                            view.staff().riskReview() == null ? "" : String.valueOf(view.staff().riskReview().approved())));
                }
                csv.printRecord(row.stream().map(SpreadsheetSafe::cell).toList());
            }
        }
    }

    @Operation(summary = "One case as a JSON file, e.g. for a submission to a UN body",
            description = "The case as the caller may see it, with its timeline, decisions and sources.")
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/api/cases/{id}/export.json")
    ResponseEntity<CaseFileView> json(@PathVariable String id, Authentication authentication) {
        Caller caller = Callers.of(authentication);
        CaseFileView view = service.show(service.load(id, caller), caller, "GET /api/cases/{id}/export.json");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + id + ".json\"").body(view);
    }

    private static String joined(java.util.Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining("; "));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
