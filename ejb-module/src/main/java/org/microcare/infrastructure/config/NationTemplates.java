package org.microcare.infrastructure.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.microcare.domain.model.tenant.Nation;

/** Reads the nation templates from the config module ({@code org/microcare/config/nations/*.json}). */
@ApplicationScoped
public class NationTemplates {

    private final Map<Nation, NationTemplate> templates = new EnumMap<>(Nation.class);

    public synchronized NationTemplate forNation(Nation nation) {
        return templates.computeIfAbsent(nation, NationTemplates::load);
    }

    static NationTemplate load(Nation nation) {
        String path = "org/microcare/config/nations/" + nation.name() + ".json";
        try (InputStream in = NationTemplates.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No nation template at " + path);
            }
            try (JsonReader reader = Json.createReader(in)) {
                return parse(nation, reader.readObject());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NationTemplate parse(Nation nation, JsonObject json) {
        List<NationTemplate.Service> services = json.getJsonArray("services").getValuesAs(JsonObject.class).stream()
                .map(s -> new NationTemplate.Service(s.getString("code"), s.getString("name")))
                .toList();
        List<NationTemplate.Requirement> framework = json.getJsonArray("framework").getValuesAs(JsonObject.class).stream()
                .map(r -> new NationTemplate.Requirement(
                        r.getString("code"), r.getString("name"), r.getString("guidance", null),
                        r.getBoolean("mandatory"),
                        r.isNull("validityMonths") ? null : r.getInt("validityMonths"),
                        strings(r, "appliesToServices"), r.getBoolean("medicationOnly", false)))
                .toList();
        return new NationTemplate(nation, json.getBoolean("welshLanguage", false),
                strings(json, "fundingRoutes"), services, framework);
    }

    private static List<String> strings(JsonObject json, String key) {
        return json.getJsonArray(key).stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                .map(v -> ((JsonString) v).getString())
                .toList();
    }
}
