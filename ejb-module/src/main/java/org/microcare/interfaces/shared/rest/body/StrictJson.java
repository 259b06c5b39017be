package org.microcare.interfaces.shared.rest.body;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;

import org.microcare.domain.shared.Fields;
import org.microcare.domain.shared.InvalidInputException;
import org.microcare.domain.shared.Violations;

/**
 * Binds a JSON document to a request record, refusing every value whose JSON type or form does not
 * match the component it would fill, instead of coercing it. Supported component types: {@code String}
 * (with {@link Text} or {@link Money}), {@code Boolean}, {@code Integer} and {@code Long} (with {@link Whole}),
 * {@code List} of any of these or of records (with {@link Items}), and nested records. JSON {@code null}
 * and an absent field both mean "not given" (null).
 * <p>
 * The line between this reader and the domain: here, whether a value can mean what it says (its JSON
 * type, a whole number that is whole and fits, money written plainly, text that is bounded and has no
 * control characters, no unknown fields). Whether it is allowed (a real date between 1900 and 2999,
 * a code the council knows, a range such as 1 to 240 months) is the domain's rule, shared with the
 * pages ({@code Fields}, the services), so a body with both kinds of problem is answered with the
 * first kind only, and the domain's messages name the rest once those are mended.
 */
public final class StrictJson {

    public static final int DEFAULT_TEXT_LENGTH = 200;
    public static final int DEFAULT_ITEMS = 100;
    /** A request body larger than this is refused before it is parsed. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    /** A repeated key is an error, not "the last one wins". */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("^-?\\d{1,15}(\\.\\d{1,15})?$");
    private static final Pattern PLAIN_INTEGER = Pattern.compile("^-?\\d{1,30}$");

    private StrictJson() {
    }

    /** Reads a body (UTF-8 JSON object) into a record of the type, or throws one {@link InvalidInputException} naming every bad field. */
    public static <T> T read(byte[] body, Class<T> type) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "The request body must be JSON encoded as UTF-8");
        }
        if (text.isBlank()) {
            throw new InvalidInputException("body", "Send the record as a JSON object");
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
            requireNothingAfterTheValue(text);
        } catch (JsonParsingException e) {
            throw new InvalidInputException("body", "The request body is not valid JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + ")");
        } catch (JsonException e) {
            throw new InvalidInputException("body", "The request body is not valid JSON: " + e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("body", "Send the record as a JSON object");
        }
        Violations violations = new Violations();
        T bound = record(type, value.asJsonObject(), "", violations);
        violations.throwIfAny();
        return bound;
    }

    /** {@code {…}{}} or {@code {…} x}: one JSON value is the whole body, or it is not the record the client meant. */
    private static void requireNothingAfterTheValue(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            int depth = 0;
            do {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    depth++;
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            } while (depth > 0);
            long end = parser.getLocation().getStreamOffset();
            if (end >= 0 && end < text.length() && !text.substring((int) end).isBlank()) {
                throw new InvalidInputException("body", "Send one JSON object and nothing after it");
            }
        }
    }

    private static <T> T record(Class<T> type, JsonObject json, String prefix, Violations v) {
        if (!type.isRecord()) {
            throw new IllegalStateException(type.getName() + " is read from JSON, so it must be a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        for (String key : json.keySet()) {
            v.require(names.contains(key), path(prefix, key),
                    "Unknown field '" + Fields.shorten(key) + "'; this record has the fields " + String.join(", ", names));
        }
        Object[] values = new Object[components.length];
        boolean complete = true;
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Violations own = new Violations();
            values[i] = value(c.getGenericType(), c, json.get(c.getName()), path(prefix, c.getName()), own);
            if (!own.isEmpty()) {
                complete = false;
                v.addAll(own);
            }
        }
        if (!complete) {
            return null;
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName(), e);
        }
    }

    private static Object value(Type type, RecordComponent c, JsonValue json, String path, Violations v) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type == String.class) {
            return string(c, json, path, v);
        }
        if (type == Boolean.class) {
            boolean flag = json.getValueType() == JsonValue.ValueType.TRUE || json.getValueType() == JsonValue.ValueType.FALSE;
            v.require(flag, path, path + " must be true or false (a JSON boolean, not in quotes)");
            return flag ? json.getValueType() == JsonValue.ValueType.TRUE : null;
        }
        if (type == Integer.class || type == Long.class) {
            return whole(type == Integer.class, c.getAnnotation(Whole.class), json, path, v);
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return list(list.getActualTypeArguments()[0], c, json, path, v);
        }
        if (type instanceof Class<?> nested && nested.isRecord()) {
            if (json.getValueType() != JsonValue.ValueType.OBJECT) {
                v.require(false, path, path + " must be an object (in braces)");
                return null;
            }
            return record(nested, json.asJsonObject(), path, v);
        }
        throw new IllegalStateException("A request record may not hold a " + type.getTypeName() + " (" + path + ")");
    }

    private static String string(RecordComponent c, JsonValue json, String path, Violations v) {
        if (c.isAnnotationPresent(Money.class)) {
            String text = switch (json.getValueType()) {
                case STRING -> ((JsonString) json).getString().trim();
                case NUMBER -> json.toString();
                default -> null;
            };
            boolean plain = text != null && PLAIN_DECIMAL.matcher(text).matches();
            v.require(plain, path, path + " must be an amount in pounds written with a dot before the pence, like 16.98");
            return plain ? text : null;
        }
        if (json.getValueType() != JsonValue.ValueType.STRING) {
            v.require(false, path, path + " must be text (a JSON string in quotes)");
            return null;
        }
        String text = ((JsonString) json).getString();
        Text rule = c.getAnnotation(Text.class);
        int max = rule == null ? DEFAULT_TEXT_LENGTH : rule.max();
        boolean multiline = rule != null && rule.multiline();
        if (text.length() > max) {
            v.require(false, path, path + " must be " + max + " characters or fewer");
            return null;
        }
        if (Fields.textProblem(text, multiline) != null) {
            v.require(false, path, Fields.controlMessage(path, multiline));
            return null;
        }
        return text;
    }

    private static Object whole(boolean integer, Whole range, JsonValue json, String path, Violations v) {
        long min = range != null ? range.min() : integer ? Integer.MIN_VALUE : Long.MIN_VALUE;
        long max = range != null ? range.max() : integer ? Integer.MAX_VALUE : Long.MAX_VALUE;
        String text = json.getValueType() == JsonValue.ValueType.NUMBER ? json.toString() : null;
        if (text == null || !PLAIN_INTEGER.matcher(text).matches()) {
            v.require(false, path, path + " must be a whole number from " + min + " to " + max + " (a JSON number, no decimals)");
            return null;
        }
        BigInteger n = ((JsonNumber) json).bigIntegerValue();
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            v.require(false, path, path + " must be a whole number from " + min + " to " + max);
            return null;
        }
        return integer ? (Object) n.intValue() : (Object) n.longValue();
    }

    private static List<Object> list(Type item, RecordComponent c, JsonValue json, String path, Violations v) {
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            v.require(false, path, path + " must be a list (a JSON array in square brackets)");
            return null;
        }
        JsonArray array = json.asJsonArray();
        Items items = c.getAnnotation(Items.class);
        int max = items == null ? DEFAULT_ITEMS : items.max();
        if (array.size() > max) {
            v.require(false, path, path + " may hold at most " + max + " items");
            return null;
        }
        List<Object> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            String at = path + "[" + i + "]";
            if (element.getValueType() == JsonValue.ValueType.NULL) {
                v.require(false, at, at + " must not be null");
                continue;
            }
            out.add(value(item, c, element, at, v));
        }
        return out;
    }

    private static String path(String prefix, String name) {
        String shown = Fields.shorten(name);
        return prefix.isEmpty() ? shown : prefix + "." + shown;
    }
}
