package org.advocacy.gateway.web.site;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;

/**
 * Anti-forgery for the public forms, without a session: a signed double-submit token. The page
 * puts a random value, signed with the gateway's key, both in a cookie and in the form; a post
 * counts only when the two agree and the signature holds. Another site can neither read the cookie
 * nor write one that the key signed, so it cannot forge a supporter's post.
 */
public class FormTokens {

    public static final String COOKIE = "form_token";
    public static final String FIELD = "formToken";
    /** The exchange attribute holding the token issued for the page being rendered. */
    public static final String ISSUED = FormTokens.class.getName() + ".issued";

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final boolean secure;

    public FormTokens(String secret, boolean secure) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.secure = secure;
    }

    /** The token for a form on this page: the one the browser holds if still valid, else a new one in a cookie. */
    public String issue(ServerWebExchange exchange) {
        String issued = exchange.getAttribute(ISSUED);
        if (issued != null) {
            return issued;
        }
        HttpCookie held = exchange.getRequest().getCookies().getFirst(COOKIE);
        if (held != null && signedByUs(held.getValue())) {
            issued = held.getValue();
        } else {
            byte[] nonce = new byte[24];
            random.nextBytes(nonce);
            issued = encode(nonce) + "." + encode(sign(nonce));
            exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, issued).path("/").httpOnly(true)
                    .sameSite("Strict").secure(secure).build());
        }
        exchange.getAttributes().put(ISSUED, issued);
        return issued;
    }

    /** Whether a posted form carries the token of the cookie that came with it. */
    public boolean accepts(ServerWebExchange exchange, String submitted) {
        HttpCookie held = exchange.getRequest().getCookies().getFirst(COOKIE);
        return submitted != null && held != null && signedByUs(submitted)
                && MessageDigest.isEqual(submitted.getBytes(StandardCharsets.US_ASCII),
                        held.getValue().getBytes(StandardCharsets.US_ASCII));
    }

    private boolean signedByUs(String value) {
        int dot = value.indexOf('.');
        if (dot < 1) {
            return false;
        }
        try {
            byte[] nonce = Base64.getUrlDecoder().decode(value.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(value.substring(dot + 1));
            return MessageDigest.isEqual(sign(nonce), signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private byte[] sign(byte[] nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(nonce);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
