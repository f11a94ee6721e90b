package org.advocacy.notifications;

import org.advocacy.infrastructure.testing.ServiceOperationsContract;

class OperationsIT extends ServiceOperationsContract {

    OperationsIT() {
        super("/api/notifications");
    }
}
