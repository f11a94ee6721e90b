package org.advocacy.petition;

import org.advocacy.infrastructure.testing.ServiceOperationsContract;

class OperationsIT extends ServiceOperationsContract {

    OperationsIT() {
        super("/api/petitions");
    }
}
