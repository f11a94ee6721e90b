package org.advocacy.cases.statistics;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.advocacy.cases.casefile.Callers;
import org.advocacy.cases.casefile.DatePrecision;
import org.advocacy.conventions.security.Access;
import org.advocacy.conventions.validation.IsoCountry;
import org.advocacy.conventions.validation.LocalizedText;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases")
class StatisticsController {

    private final CaseCounts counts;
    private final java.time.Clock clock;

    StatisticsController(CaseCounts counts, java.time.Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Operation(summary = "Counts of published cases by status, country, persecution form, category and over time",
            description = "Public. With the campaign's sourced figures, e.g. \"at least 35 cases\".")
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/api/cases/stats")
    CaseStatistics statistics(@RequestParam(required = false)
                              @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a campaign's slug") String campaign) {
        return counts.of(campaign);
    }

    @Operation(summary = "Record a figure the campaign states, with its source (organisers)")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/api/cases/figures")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignFigure recordFigure(@Valid @RequestBody FigureRequest request, Authentication authentication) {
        FigureSourceRequest source = request.source();
        return counts.record(new CampaignFigure(UUID.randomUUID().toString(), request.campaign(), request.country(),
                request.atLeast(), request.description(),
                new CampaignFigure.FigureSource(source.title(), source.publisher(), source.url(), source.date()),
                Callers.of(authentication).name(), clock.instant()));
    }

    record FigureRequest(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a slug") String campaign,
                         @IsoCountry String country, @NotNull @Min(1) @Max(10_000_000) Integer atLeast,
                         @NotNull @LocalizedText(max = 500) Map<String, String> description,
                         @NotNull @Valid FigureSourceRequest source) {
    }

    record FigureSourceRequest(@NotBlank @Size(max = 500) String title, @Size(max = 200) String publisher,
                               @jakarta.validation.constraints.Pattern(regexp = "https?://\\S{1,2000}",
                                       message = "must be an http or https address") String url,
                               @DatePrecision String date) {
    }
}
