package org.advocacy.cases.statistics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.advocacy.cases.casefile.Audience;
import org.advocacy.cases.casefile.CaseFile;
import org.advocacy.cases.casefile.CaseFilter;
import org.advocacy.cases.casefile.CaseFiles;
import org.advocacy.cases.casefile.Callers;
import org.advocacy.cases.casefile.DatePrecision;
import org.advocacy.cases.casefile.PartialDate;
import org.advocacy.cases.casefile.Visibility;
import org.advocacy.conventions.security.Access;
import org.advocacy.conventions.validation.IsoCountry;
import org.advocacy.conventions.validation.LocalizedText;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    private final CaseFiles caseFiles;
    private final MongoTemplate mongo;
    private final java.time.Clock clock;

    StatisticsController(CaseFiles caseFiles, MongoTemplate mongo, java.time.Clock clock) {
        this.caseFiles = caseFiles;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Operation(summary = "Counts of published cases by status, country, persecution form, category and over time",
            description = "Public. With the campaign's sourced figures, e.g. \"at least 35 cases\".")
    @PreAuthorize(Access.ANYONE)
    @GetMapping("/api/cases/stats")
    CaseStatistics statistics(@RequestParam(required = false)
                              @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a campaign's slug") String campaign) {
        CaseFilter filter = new CaseFilter(campaign, null, null, null, null, null);
        // Counted in memory over the published cases: hundreds, not millions, for one organisation.
        List<CaseFile> cases;
        try (var stream = caseFiles.stream(filter, Audience.PUBLIC)) {
            cases = stream.toList();
        }
        Query figures = campaign == null ? new Query() : Query.query(Criteria.where("campaign").is(campaign));
        return new CaseStatistics(cases.size(),
                count(cases, c -> List.of(c.status().status().name())),
                count(cases, c -> List.of(c.details().country())),
                count(cases, c -> c.details().persecutionForms().stream().map(Enum::name).toList()),
                count(cases, c -> c.details().categories().stream().map(Enum::name).toList()),
                overTime(cases), mongo.find(figures, CampaignFigure.class));
    }

    @Operation(summary = "Record a figure the campaign states, with its source (organisers)")
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/api/cases/figures")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignFigure recordFigure(@Valid @RequestBody FigureRequest request, Authentication authentication) {
        FigureSourceRequest source = request.source();
        return mongo.insert(new CampaignFigure(UUID.randomUUID().toString(), request.campaign(), request.country(),
                request.atLeast(), request.description(),
                new CampaignFigure.FigureSource(source.title(), source.publisher(), source.url(), source.date()),
                Callers.of(authentication).name(), clock.instant()));
    }

    private static Map<String, Long> count(List<CaseFile> cases, Function<CaseFile, List<String>> keys) {
        return cases.stream().flatMap(c -> keys.apply(c).stream())
                .collect(Collectors.groupingBy(key -> key, TreeMap::new, Collectors.counting()));
    }

    private static List<CaseStatistics.YearCount> overTime(List<CaseFile> cases) {
        record YearKind(String year, String kind) {
        }
        return cases.stream().flatMap(c -> c.timeline().stream())
                .filter(entry -> entry.visibility() == Visibility.PUBLIC)
                .collect(Collectors.groupingBy(entry -> new YearKind(PartialDate.year(entry.date()), entry.kind().name()),
                        Collectors.counting()))
                .entrySet().stream()
                .map(e -> new CaseStatistics.YearCount(e.getKey().year(), e.getKey().kind(), e.getValue()))
                .sorted(Comparator.comparing(CaseStatistics.YearCount::year).thenComparing(CaseStatistics.YearCount::kind))
                .toList();
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
