package org.microcare.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The published Open Referral UK 3.0 JSON Schemas (draft 2020-12), read from the offline copy in
 * {@code shared/oruk-3.0} beside the project: their absolute {@code $id}s and {@code $ref}s are mapped
 * to that folder, since tests have no network. Formats (uuid, email, uri, date-time) are asserted, as
 * a strict validator would. Missing schemas fail the test run; they are never skipped.
 */
final class OpenReferralSchemas {

    static final String PUBLISHED = "https://openreferraluk.org/specifications/3.0/schema/";

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> loaded = new ConcurrentHashMap<>();

    /** Descriptive keywords of the ORUK schemas (its tabular data package) that validate nothing. */
    private static final List<String> DESCRIPTIVE = List.of("name", "path", "example", "constraints", "core", "datapackage_metadata",
            "datapackage_type", "tabular_required");

    private OpenReferralSchemas(Path folder) {
        String local = folder.toUri().toString();
        JsonMetaSchema draft202012 = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keywords(DESCRIPTIVE.stream().map(NonValidationKeyword::new).toList()).build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(draft202012)
                        .schemaMappers(mappers -> mappers.mapPrefix(PUBLISHED, local.endsWith("/") ? local : local + "/")));
    }

    /**
     * The schemas of {@code -Dmicrocare.oruk.spec=…} if given, else {@code ../shared/oruk-3.0} beside the
     * project root (the build runs this module from {@code platform-ear/}).
     */
    static OpenReferralSchemas load() {
        String configured = System.getProperty("microcare.oruk.spec");
        Path spec = configured != null ? Path.of(configured)
                : Path.of("").toAbsolutePath().getParent().getParent().resolve("shared").resolve("oruk-3.0");
        Path schemas = spec.resolve("schema");
        if (!Files.isRegularFile(schemas.resolve("service.json"))) {
            throw new IllegalStateException("The Open Referral UK 3.0 schemas are missing: expected " + schemas.toAbsolutePath()
                    + "/service.json (the shared/oruk-3.0 folder beside the project, or -Dmicrocare.oruk.spec=<folder>)");
        }
        return new OpenReferralSchemas(schemas);
    }

    /** The problems the schema (by file name, e.g. {@code service.json}) finds in the JSON text; empty when valid. */
    Set<String> problems(String schema, String json) {
        JsonSchema s = loaded.computeIfAbsent(schema, name -> factory.getSchema(SchemaLocation.of(PUBLISHED + name), config));
        Set<ValidationMessage> messages = s.validate(json, InputFormat.JSON);
        return messages.stream().map(ValidationMessage::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
