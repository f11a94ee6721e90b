package org.advocacy.cases.statistics;

import java.util.List;
import java.util.Map;

/**
 * Counts over the published cases, and the figures the campaign states with their sources.
 *
 * @param overTime dated public timeline entries per year and kind: arrests, sentences, releases...
 */
record CaseStatistics(long cases, Map<String, Long> byStatus, Map<String, Long> byCountry,
                      Map<String, Long> byPersecutionForm, Map<String, Long> byCategory, List<YearCount> overTime,
                      List<CampaignFigure> campaignFigures) {

    record YearCount(String year, String kind, long count) {
    }
}
