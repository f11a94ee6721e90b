package org.advocacy.cases.statistics;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A figure a campaign states with its source, beside the cases the platform holds: "at least 35
 * cases of political persecution in Kazakhstan" says more than the seven cases written up.
 *
 * @param atLeast     the lower bound the source gives
 * @param description per language, e.g. "cases of political persecution"
 */
@Document("campaign_figures")
public record CampaignFigure(@Id String id, @Indexed String campaign, String country, int atLeast,
                             Map<String, String> description, FigureSource source, String recordedBy, Instant recordedAt) {

    /** Where the figure comes from. */
    public record FigureSource(String title, String publisher, String url, String date) {
    }
}
