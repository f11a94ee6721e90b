package org.advocacy.cases.statistics;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.advocacy.cases.casefile.Audience;
import org.advocacy.cases.casefile.CaseFile;
import org.advocacy.cases.casefile.CaseFilter;
import org.advocacy.cases.casefile.CaseFiles;
import org.advocacy.cases.casefile.PartialDate;
import org.advocacy.cases.casefile.Visibility;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The public counts of cases, as counted a moment ago. Every view of the cases page counted every
 * published case of its campaign, each read in full from the store: a third of cases-service's CPU
 * on that page (profiled). A figure recorded here shows at once; a change of a case within
 * {@link #FRESH_FOR}.
 */
@Component
class CaseCounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(2);
    /** The key of the counts over every campaign. */
    private static final String ALL = "";

    private final CaseFiles caseFiles;
    private final MongoTemplate mongo;
    private final Cache<String, CaseStatistics> recent = Caffeine.newBuilder()
            .expireAfterWrite(FRESH_FOR).maximumSize(1_000).build();

    CaseCounts(CaseFiles caseFiles, MongoTemplate mongo) {
        this.caseFiles = caseFiles;
        this.mongo = mongo;
    }

    /** @param campaign a campaign's slug, or null for all of them */
    CaseStatistics of(String campaign) {
        return recent.get(campaign == null ? ALL : campaign, key -> count(campaign));
    }

    CampaignFigure record(CampaignFigure figure) {
        CampaignFigure recorded = mongo.insert(figure);
        recent.invalidateAll();
        return recorded;
    }

    private CaseStatistics count(String campaign) {
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

}
