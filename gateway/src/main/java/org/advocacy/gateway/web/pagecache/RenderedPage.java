package org.advocacy.gateway.web.pagecache;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;

/**
 * A public page as rendered for one visitor, cut where that visitor's form token was, so that the
 * same rendering can carry the next visitor's own token.
 *
 * @param contentType     the page's media type, with its charset
 * @param contentLanguage the language the page was written in, or null
 * @param parts           the page's bytes between the places of the form token; one part when it has no form
 */
record RenderedPage(MediaType contentType, String contentLanguage, List<byte[]> parts) {

    RenderedPage {
        parts = List.copyOf(parts);
    }

    /** The page as rendered, its form token (if it was given one) cut out. */
    static RenderedPage of(MediaType contentType, String contentLanguage, byte[] body, String formToken) {
        if (formToken == null || formToken.isEmpty()) {
            return new RenderedPage(contentType, contentLanguage, List.of(body));
        }
        byte[] token = formToken.getBytes(StandardCharsets.US_ASCII);
        List<byte[]> parts = new ArrayList<>();
        int from = 0;
        for (int at = indexOf(body, token, 0); at >= 0; at = indexOf(body, token, from)) {
            parts.add(Arrays.copyOfRange(body, from, at));
            from = at + token.length;
        }
        parts.add(Arrays.copyOfRange(body, from, body.length));
        return new RenderedPage(contentType, contentLanguage, parts);
    }

    boolean hasForm() {
        return parts.size() > 1;
    }

    /** The page with this visitor's form token where the first visitor's was. */
    byte[] bodyWith(String formToken) {
        if (!hasForm()) {
            return parts.get(0);
        }
        byte[] token = formToken.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream body = new ByteArrayOutputStream(size() + parts.size() * token.length);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                body.writeBytes(token);
            }
            body.writeBytes(parts.get(i));
        }
        return body.toByteArray();
    }

    /** The bytes it keeps. */
    int size() {
        return parts.stream().mapToInt(part -> part.length).sum();
    }

    private static int indexOf(byte[] body, byte[] token, int from) {
        outer:
        for (int i = from; i <= body.length - token.length; i++) {
            for (int j = 0; j < token.length; j++) {
                if (body[i + j] != token[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
