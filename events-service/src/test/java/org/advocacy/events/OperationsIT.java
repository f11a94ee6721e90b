package org.advocacy.events;

import org.advocacy.infrastructure.testing.ServiceOperationsContract;

class OperationsIT extends ServiceOperationsContract {

    OperationsIT() {
        super("/api/events");
    }
}
