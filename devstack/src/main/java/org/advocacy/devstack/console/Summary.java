package org.advocacy.devstack.console;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.advocacy.devstack.parts.Endpoints;
import org.advocacy.devstack.services.Service;
import org.advocacy.devstack.services.ServiceProcess;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.Port;

/** What a developer needs once the platform runs: where things are, how to log in, where the logs are. */
public final class Summary {

    private final DevstackSettings settings;
    private final Endpoints endpoints;
    private final Progress progress;

    public Summary(DevstackSettings settings, Endpoints endpoints, Progress progress) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.progress = progress;
    }

    /** @param services every instance of every service; {@code ready} those that started, by name */
    public void print(List<Service> services, Map<String, ServiceProcess> ready, List<String> problems,
                      List<String> seedProblems) {
        String web = settings.gatewayPublicUrl();
        boolean ownKeycloak = settings.external().keycloakIssuerUri().isEmpty();
        String keycloakBase = endpoints.keycloakIssuerUri().replaceFirst("/realms/[^/]+$", "");
        line("");
        line(problems.isEmpty() ? "The advocacy platform is running." : "The advocacy platform is running with problems:");
        problems.forEach(problem -> line("  ! " + problem));
        line("");
        line("  Web front         " + web + "/");
        line("  Admin dashboard   " + web + "/admin");
        line("  API               " + web + "/api/events  /api/petitions  /api/cases  /api/notifications");
        List<Service> gateways = services.stream().filter(s -> s.port() == Port.GATEWAY).toList();
        if (gateways.size() > 1) {
            line("  Gateway instances " + String.join("  ", gateways.stream().map(this::address).toList())
                    + "  (one session for all)");
        }
        services.stream().filter(s -> s.port() != Port.GATEWAY).forEach(service -> line(String.format(
                "  Swagger UI        %-22s %sswagger-ui/index.html", service.name(), address(service))));
        line("  Keycloak console  " + keycloakBase + "/admin/" + (ownKeycloak ? "  (admin / admin)" : ""));
        endpoints.mailApi().ifPresent(api -> line("  Mailbox API       " + api + "  (GET api/user/<email>/messages/INBOX)"));
        if (ownKeycloak) {
            line("");
            line("  Demo logins, realm " + DevstackSettings.REALM + ":");
            line("    organiser / organiser     role organiser");
            line("    admin / admin             roles admin, organiser");
            line("    demo-partner              client credentials, secret demo-partner-secret, role partner");
            line("    advocacy-cli              public client for password grants from scripts:");
            line("      curl -d grant_type=password -d client_id=advocacy-cli -d username=organiser -d password=organiser \\");
            line("           " + endpoints.keycloakIssuerUri() + "/protocol/openid-connect/token");
        }
        line("");
        line("  Logs (./platform logs <name>):");
        Stream.concat(services.stream().map(Service::name), Stream.of("keycloak", "mail", "kafka", "mongodb", "devstack"))
                .forEach(name ->
                line(String.format("    %-22s %s", name, shown(settings.logsDirectory().resolve(name + ".log")))));
        line("  Data: " + shown(settings.dataDirectory()) + "   Stop: Ctrl-C here, or ./platform down");
        if (!seedProblems.isEmpty()) {
            line("  The seed campaign is not (fully) loaded, see the seed lines above.");
        }
        line("");
        progress.step("cold start took " + progress.elapsed().toSeconds() + " s"
                + " (" + ready.size() + " of " + services.size() + " service instances ready)");
    }

    private String address(Service service) {
        return "http://localhost:" + settings.port(service.port(), service.instance()) + "/";
    }

    private void line(String text) {
        progress.plain(text);
    }

    /** Relative to where the command was run when inside it: shorter, and what the user typed. */
    private static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }
}
