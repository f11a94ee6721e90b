package org.advocacy.petition.signature;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.advocacy.conventions.export.SpreadsheetSafe;
import org.advocacy.conventions.problem.NotFound;
import org.advocacy.conventions.security.Access;
import org.advocacy.petition.petition.Petitions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The confirmed signatures of a petition as CSV, to hand over to its target. Written row by row
 * from a database cursor, never held whole in memory. Emails only for an admin who asks.
 */
@RestController
@Tag(name = "Signatures")
class SignatureExportController {

    private final Petitions petitions;
    private final Signatures signatures;
    private final SupporterDataCipher cipher;

    SignatureExportController(Petitions petitions, Signatures signatures, SupporterDataCipher cipher) {
        this.petitions = petitions;
        this.signatures = signatures;
        this.cipher = cipher;
    }

    @Operation(summary = "Confirmed signatures as CSV for delivery (organisers)",
            description = "Columns name, country, date (of confirmation, UTC). With includeEmail=true also email: admins only.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    @PreAuthorize(Access.ORGANISER)
    // No "produces": a caller without the right gets 401/403 whatever it accepts, never a 406 first.
    @GetMapping("/api/petitions/{id}/signatures.csv")
    void export(@PathVariable String id,
                @Parameter(description = "Add the email column (admins only)") @RequestParam(defaultValue = "false") boolean includeEmail,
                Authentication caller, HttpServletResponse response) throws IOException {
        if (includeEmail && caller.getAuthorities().stream().noneMatch(a -> "ROLE_admin".equals(a.getAuthority()))) {
            throw new AccessDeniedException("Only admins export emails");
        }
        if (!petitions.existsById(id)) {
            throw new NotFound("Petition", id);
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"signatures-" + id + ".csv\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String[] header = includeEmail ? new String[]{"name", "country", "date", "email"} : new String[]{"name", "country", "date"};
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (Stream<Signature> confirmed = signatures.streamByPetitionIdAndStatus(id, SignatureStatus.CONFIRMED,
                Sort.by("confirmedAt", "id"));
             CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header).get().print(writer)) {
            for (Signature signature : (Iterable<Signature>) confirmed::iterator) {
                csv.print(SpreadsheetSafe.cell(signature.name()));
                csv.print(signature.country());
                csv.print(signature.confirmedAt().atZone(ZoneOffset.UTC).toLocalDate().toString());
                if (includeEmail) {
                    csv.print(SpreadsheetSafe.cell(cipher.decrypt(signature.emailCiphertext())));
                }
                csv.println();
            }
        }
    }
}
