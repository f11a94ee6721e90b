package org.advocacy.petition;

import org.advocacy.infrastructure.testing.ServiceOperationsContract;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

class OperationsIT extends ServiceOperationsContract {

    @LocalServerPort
    int localPort;

    OperationsIT() {
        super("/api/petitions");
    }

    @Test
    void theApiDocumentDescribesSigningTheLinksStatisticsAndTheExport() {
        var client = Fixtures.anonymous(localPort);
        client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/petitions/{id}/signatures'].post").exists()
                .jsonPath("$.paths['/api/signatures/confirmation'].post").exists()
                .jsonPath("$.paths['/api/signatures/erasure'].post").exists()
                .jsonPath("$.paths['/api/petitions/{id}/stats'].get").exists()
                .jsonPath("$.paths['/api/petitions/{id}/signatures.csv'].get").exists()
                .jsonPath("$.paths['/api/petitions/{id}/delivery'].post").exists()
                .jsonPath("$.paths['/api/petitions/{id}'].put").exists();
    }
}
