package org.microcare.interfaces.council.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import org.microcare.application.casework.ClientService.ClientExport;

/**
 * A subject access export as a JSON document, the same from the API and the admin's page:
 * {@code exportedAt}, {@code exportedBy}, {@code client} (the record as {@code GET /clients/{id}} shows
 * it), then every section of the export under its name. Named by the record's id, never by anything personal.
 */
public final class ClientExportDocument {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true).withFormatting(true));

    private ClientExportDocument() {
    }

    public static Map<String, Object> of(ClientExport export) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("exportedAt", export.exportedAt());
        body.put("exportedBy", export.exportedBy());
        body.put("client", ClientsResource.ClientView.of(export.client()));
        body.putAll(export.sections());
        return body;
    }

    public static String json(ClientExport export) {
        return JSON.toJson(of(export));
    }

    /** The attachment's header value: {@code attachment; filename="client-<id>.json"}. */
    public static String disposition(ClientExport export) {
        return "attachment; filename=\"client-" + export.client().getId() + ".json\"";
    }
}
