package org.advocacy.petition;

import org.advocacy.infrastructure.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void aggregatesKnowNoTransportAndNoOtherServiceIsUsed() {
        ServiceArchitecture.verify("org.advocacy.petition");
    }
}
