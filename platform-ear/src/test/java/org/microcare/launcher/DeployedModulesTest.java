package org.microcare.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class DeployedModulesTest {

    @Test
    void findsEachModuleCheckInTheReadinessAnswer() {
        String both = "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"microcare-council-module\",\"status\":\"UP\"},"
                + "{\"name\":\"microcare-operator-module\",\"status\":\"UP\"},{\"name\":\"microcare-migrations\",\"status\":\"DOWN\"}]}";
        assertEquals(List.of(), DeployedModules.missing(both), "still migrating, but both modules are there");
        String councilFailed = "{\"status\":\"UP\",\"checks\":[{\"name\":\"microcare-operator-module\",\"status\":\"UP\"}]}";
        assertEquals(List.of("microcare-council-module"), DeployedModules.missing(councilFailed));
        assertEquals(DeployedModules.CHECKS, DeployedModules.missing(""));
    }
}
