package org.advocacy.petition.petition;

/**
 * The same petition on another site, whose signatures are counted there.
 *
 * @param name          the site, e.g. {@code change.org}
 * @param url           the petition's https address on that site
 * @param reportedCount signatures that site reports, as last read by an organiser
 */
public record Mirror(String name, String url, long reportedCount) {
}
