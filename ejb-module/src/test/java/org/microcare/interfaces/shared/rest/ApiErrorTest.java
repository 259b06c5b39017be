package org.microcare.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.Violation;

class ApiErrorTest {

    @Test
    void writesTheContractShapeAsValidJsonWhateverTheMessage() {
        String json = ApiError.of(400, "Bad \"quote\" \\ and\nnewline\u0001",
                List.of(new Violation("admin.password", "Too short"))).toJson();
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        assertEquals(400, o.getInt("status"));
        assertEquals("Bad Request", o.getString("error"));
        assertEquals("Bad \"quote\" \\ and\nnewline\u0001", o.getString("message"));
        assertEquals("admin.password", o.getJsonArray("violations").getJsonObject(0).getString("field"));
    }

    @Test
    void knowsTheReasonPhrases() {
        assertEquals("Service Unavailable", ApiError.of(503, "x").error());
        assertEquals("Conflict", ApiError.of(409, "x").error());
        assertTrue(ApiError.of(404, "x").violations().isEmpty());
    }
}
