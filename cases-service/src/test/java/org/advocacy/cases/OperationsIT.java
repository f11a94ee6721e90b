package org.advocacy.cases;

import org.advocacy.infrastructure.testing.ServiceOperationsContract;

class OperationsIT extends ServiceOperationsContract {

    OperationsIT() {
        super("/api/cases");
    }
}
