package org.advocacy.gateway;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as HTTP goes: keeps cookies by name (as a browser does for one host, whatever
 * the port) and never follows a redirect itself, so a test walks the login step by step.
 */
final class LoginBrowser {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), cookies);
    }

    /** A GET with exactly these cookies, as someone holding a copied cookie would send it. */
    HttpResponse<String> getWith(String url, Map<String, String> only) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), only);
    }

    HttpResponse<String> post(String url, Map<String, String> fields, Map<String, String> headers) throws Exception {
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        headers.forEach(request::header);
        return send(request, cookies);
    }

    /** Fills in and submits the Keycloak login form of the page given. */
    HttpResponse<String> logIn(HttpResponse<String> loginPage, String username, String password) throws Exception {
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        if (!action.find()) {
            throw new IllegalStateException("No login form on " + loginPage.uri() + ": " + loginPage.body());
        }
        return post(action.group(1).replace("&amp;", "&"), Map.of("username", username, "password", password), Map.of());
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    static String location(HttpResponse<?> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException(response.statusCode() + " without Location from " + response.uri()))).toString();
    }

    static List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> sent) throws Exception {
        request.header("Accept", "text/html,application/json").timeout(Duration.ofSeconds(30));
        if (!sent.isEmpty()) {
            request.header("Cookie", sent.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : setCookies(response)) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String value = pair.substring(equals + 1);
            if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                cookies.remove(pair.substring(0, equals));
            } else {
                cookies.put(pair.substring(0, equals), value);
            }
        }
        return response;
    }
}
