package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcare.platform.CouncilFixture.json;

import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The council's list of community activities through the API: brokers and admins keep it, every role reads it. */
@ExtendWith(PlatformExtension.class)
class CommunityActivitiesIT {

    private CouncilFixture council;
    private CouncilFixture.Caller broker;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        council = CouncilFixture.onboard(platform, "community", "WALES");
        council.asAdmin().create("localities", json("{'code':'PONTYPRIDD','name':'Pontypridd'}"));
        council.addUser("bea.broker", "BROKER");
        council.addUser("vic.viewer", "VIEWER");
        broker = council.as("bea.broker");
    }

    @Test
    void activitiesAreKeptVersionedRetiredAndAudited() {
        JsonObject lunch = broker.create("community-activities", json("{'name':'Lunch club','description':'Hot lunch and a chat.\\nAll welcome.',"
                + "'locality':'pontypridd','whenHeld':'Tuesdays 12:00 to 14:00','cost':'£4 a meal','contact':'Chapel hall, 01443 000000'}"));
        assertEquals("PONTYPRIDD", lunch.getString("locality"));
        assertTrue(lunch.getBoolean("publicListing"), "public unless the council says otherwise");
        assertEquals(409, broker.post("community-activities", json("{'name':'Lunch club','locality':'PONTYPRIDD','whenHeld':'Fridays'}")).status());
        assertEquals(List.of("name", "locality", "whenHeld"), broker.violatedFields(broker.post("community-activities",
                json("{'name':'','locality':'ATLANTIS','whenHeld':''}"))));
        assertEquals(403, council.as("vic.viewer").post("community-activities", json("{'name':'Walk','locality':'PONTYPRIDD','whenHeld':'Sundays'}"))
                .status());
        assertEquals(1, council.as("vic.viewer").get("community-activities").array().size());

        String path = "community-activities/" + lunch.getString("id");
        Api.Answer changed = broker.put(path, json("{'name':'Lunch club','locality':'PONTYPRIDD','whenHeld':'Tuesdays and Thursdays',"
                + "'publicListing':false,'version':" + lunch.getInt("version") + "}"));
        assertEquals(200, changed.status(), changed.toString());
        assertFalse(changed.json().getBoolean("publicListing"));
        assertEquals(409, broker.put(path, json("{'name':'Lunch club','locality':'PONTYPRIDD','whenHeld':'Mondays','version':"
                + lunch.getInt("version") + "}")).status(), "stale");
        assertEquals(List.of("version"), broker.violatedFields(broker.put(path, json("{'name':'Lunch club','locality':'PONTYPRIDD','whenHeld':'x'}"))));
        assertTrue(broker.post(path + "/retire", null).json().getBoolean("retired"));
        assertEquals(409, broker.post(path + "/retire", null).status());
        assertFalse(broker.post(path + "/reinstate", null).json().getBoolean("retired"));
        assertEquals(404, broker.get("community-activities/nothing-here").status());
        assertEquals(4, council.asAdmin().get("audit?recordId=" + lunch.getString("id")).array().size(), "added, changed, retired, reinstated");
    }
}
