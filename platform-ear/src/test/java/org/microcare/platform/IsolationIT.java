package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two councils whose admins share a username, hammered at once: every answer comes from the
 * council in the path, and each council's password works only there.
 */
@ExtendWith(PlatformExtension.class)
class IsolationIT {

    @Test
    void concurrentRequestsNeverSeeAnotherCouncil(RunningPlatform platform) throws Exception {
        Api api = new Api(platform.baseUrl());
        assertEquals(201, api.post("/platform/api/v1/tenants",
                Api.onboardJson("iso-north", "North Council", "SCOTLAND", "North Programme", "admin", "north-password-1"),
                OPERATOR, OPERATOR_PASSWORD).status());
        assertEquals(201, api.post("/platform/api/v1/tenants",
                Api.onboardJson("iso-south", "South Council", "ENGLAND", "South Programme", "admin", "south-password-1"),
                OPERATOR, OPERATOR_PASSWORD).status());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean north = i % 2 == 0;
                boolean crossed = i % 7 == 0;
                answers.add(pool.submit(() -> {
                    String council = north ? "iso-north" : "iso-south";
                    String password = (north ^ crossed) ? "north-password-1" : "south-password-1";
                    Api.Answer a = api.get("/c/" + council + "/api/v1/programme", "admin", password);
                    if (crossed) {
                        return a.status() == 401 ? "refused" : "LEAK " + a;
                    }
                    if (a.status() != 200) {
                        return "FAILED " + a;
                    }
                    return a.json().getString("tenant") + "/" + a.json().getString("programmeName");
                }));
            }
            for (int i = 0; i < answers.size(); i++) {
                boolean north = i % 2 == 0;
                String expected = i % 7 == 0 ? "refused" : north ? "iso-north/North Programme" : "iso-south/South Programme";
                assertEquals(expected, answers.get(i).get(), "request " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
