package org.advocacy.cases.casefile;

/**
 * Where a fact comes from.
 *
 * @param id            stable within the case; timeline entries and decisions name it
 * @param date          partial date of publication
 * @param archiveSha256 hex SHA-256 of the archived copy staff attached, so a later change of the page shows
 * @param visibility    a confidential source is {@link Visibility#RESTRICTED}
 */
public record Source(String id, String title, String publisher, String url, String date, String archiveSha256,
                     Visibility visibility) {
}
