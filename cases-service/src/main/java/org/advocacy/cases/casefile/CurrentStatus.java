package org.advocacy.cases.casefile;

/**
 * Where the person stands, and since when.
 *
 * @param since partial date of the change, or null when not known
 */
public record CurrentStatus(PersonStatus status, String since) {
}
