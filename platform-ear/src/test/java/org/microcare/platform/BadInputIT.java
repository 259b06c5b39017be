package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.microcare.platform.CouncilFixture.json;
import static org.microcare.platform.RunningPlatform.OPERATOR;
import static org.microcare.platform.RunningPlatform.OPERATOR_PASSWORD;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Strict reading of request bodies, on every write endpoint of the council and operator APIs.
 *
 * <p>{@link #everyWriteEndpointRefusesBadInputAndChangesNothing()} walks one table ({@link #endpoints()}):
 * each row is an endpoint with a valid body and the kind of each of its fields. For every field the
 * test substitutes every bad value of its kind into the valid body and expects 400 naming the field
 * (413 also allowed for oversized values), and that nothing changed: the row's records read back the
 * same and the audit log has no new entry. Every row also gets an unknown field, bodies that are not
 * a JSON object, an empty body, malformed JSON and a body over 1 MiB. A new endpoint joins by adding
 * a row.
 *
 * <p>The named tests below the table are the cases a tester reported, each with its valid counterpart.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    // ------------------------------------------------------------------ kinds of field

    /** What a field holds, and so which bad values it must refuse. */
    sealed interface Kind permits Text, Money, Whole, Bool, Date, Strings, Objects, Nested {
    }

    /** A JSON string; single-line unless {@code multiline} (long free text may hold newlines). */
    record Text(boolean multiline) implements Kind {
    }

    /** Pounds and pence: a string or number in plain decimal, at most two places. */
    record Money() implements Kind {
    }

    /** An integral JSON number from min to max. */
    record Whole(long min, long max) implements Kind {
    }

    /** JSON true or false. */
    record Bool() implements Kind {
    }

    /** A string yyyy-MM-dd, a real date from 1900 to 2999. */
    record Date() implements Kind {
    }

    /** A JSON array of strings. */
    record Strings() implements Kind {
    }

    /** A JSON array of objects whose fields have their own kinds. */
    record Objects(List<Field> fields) implements Kind {
    }

    /** A JSON object whose fields have their own kinds. */
    record Nested(List<Field> fields) implements Kind {
    }

    /** One field of a body. */
    record Field(String name, Kind kind) {
    }

    static Field text(String name) {
        return new Field(name, new Text(false));
    }

    static Field multiline(String name) {
        return new Field(name, new Text(true));
    }

    static Field money(String name) {
        return new Field(name, new Money());
    }

    static Field whole(String name, long min, long max) {
        return new Field(name, new Whole(min, max));
    }

    /** A record's version: a whole number, 0 or more. */
    static Field version() {
        return whole("version", 0, Long.MAX_VALUE);
    }

    static Field bool(String name) {
        return new Field(name, new Bool());
    }

    static Field date(String name) {
        return new Field(name, new Date());
    }

    static Field strings(String name) {
        return new Field(name, new Strings());
    }

    static Field objects(String name, Field... fields) {
        return new Field(name, new Objects(List.of(fields)));
    }

    static Field nested(String name, Field... fields) {
        return new Field(name, new Nested(List.of(fields)));
    }

    // ------------------------------------------------------------------ bad values of each kind

    /** A bad value: how the report names it, and how it is made from the field's valid value. */
    record Bad(String label, Function<JsonValue, JsonValue> make, boolean oversized) {
        static Bad of(String label, JsonValue value) {
            return new Bad(label, valid -> value, false);
        }

        static Bad literal(JsonValue value) {
            return of(value.toString(), value);
        }
    }

    static final String HUNDRED_KB = "x".repeat(100 * 1024);

    static List<Bad> badValues(Kind kind) {
        List<Bad> bad = new ArrayList<>();
        if (kind instanceof Text t) {
            bad.add(Bad.of("number 5", num("5")));
            bad.add(Bad.of("true", JsonValue.TRUE));
            bad.add(new Bad("array holding the valid string", valid -> Json.createArrayBuilder().add(textOf(valid)).build(), false));
            bad.add(Bad.of("object {}", JsonValue.EMPTY_JSON_OBJECT));
            bad.add(new Bad("100 KB string", valid -> Json.createValue(HUNDRED_KB), true));
            bad.add(new Bad("U+0000 inside", valid -> Json.createValue(inside(textOf(valid), "\u0000")), false));
            bad.add(new Bad("U+0000 at the end", valid -> Json.createValue(textOf(valid) + "\u0000"), false));
            bad.add(new Bad("U+0007 inside", valid -> Json.createValue(inside(textOf(valid), "\u0007")), false));
            bad.add(new Bad("U+001B inside", valid -> Json.createValue(inside(textOf(valid), "\u001b")), false));
            if (!t.multiline()) {
                bad.add(new Bad("tab inside", valid -> Json.createValue(inside(textOf(valid), "\t")), false));
                bad.add(new Bad("newline inside", valid -> Json.createValue(inside(textOf(valid), "\n")), false));
            }
        } else if (kind instanceof Money) {
            for (String s : List.of("20,50", "16,98", "10,00", "20.505", "-1.00", "1e3", "£5", "abc")) {
                bad.add(Bad.literal(Json.createValue(s)));
            }
            for (String n : List.of("20.505", "-1", "1e308")) {
                bad.add(Bad.literal(num(n)));
            }
            bad.add(Bad.literal(JsonValue.TRUE));
            bad.add(Bad.literal(JsonValue.EMPTY_JSON_ARRAY));
            bad.add(Bad.literal(JsonValue.EMPTY_JSON_OBJECT));
        } else if (kind instanceof Whole w) {
            bad.add(new Bad("<valid>.9 (a fraction)", valid -> num(wholeOf(valid) + ".9"), false));
            bad.add(Bad.literal(num("1.9")));
            bad.add(Bad.literal(num("1e308")));
            if (w.min() >= 0) {
                bad.add(Bad.literal(num("-1")));
            }
            if (w.min() > 0) {
                bad.add(Bad.literal(num(String.valueOf(w.min() - 1))));
            }
            if (w.max() < Integer.MAX_VALUE) {
                bad.add(Bad.literal(num(String.valueOf(w.max() + 1))));
            }
            if (w.max() <= Integer.MAX_VALUE) {
                bad.add(Bad.literal(num("2147483648")));
            }
            bad.add(new Bad("\"<valid>\" (a string)", valid -> Json.createValue(String.valueOf(wholeOf(valid))), false));
            bad.add(Bad.literal(JsonValue.TRUE));
            bad.add(Bad.literal(JsonValue.EMPTY_JSON_ARRAY));
        } else if (kind instanceof Bool) {
            bad.add(Bad.literal(Json.createValue("yes")));
            bad.add(Bad.literal(num("1")));
            bad.add(Bad.literal(num("0")));
            bad.add(Bad.literal(Json.createValue("true")));
            bad.add(Bad.literal(Json.createArrayBuilder().add("true").build()));
            bad.add(Bad.literal(JsonValue.EMPTY_JSON_OBJECT));
        } else if (kind instanceof Date) {
            for (String s : List.of("2024-02-30", "0000-01-01", "2024-13-01", "20240101", "+10000-01-01", "1899-12-31", "3000-01-01")) {
                bad.add(Bad.literal(Json.createValue(s)));
            }
            bad.add(Bad.literal(num("20240101")));
            bad.add(Bad.literal(JsonValue.TRUE));
        } else if (kind instanceof Strings) {
            bad.add(new Bad("a bare string", valid -> Json.createValue(firstString(valid)), false));
            bad.add(Bad.of("number 5", num("5")));
            bad.add(Bad.of("object {}", JsonValue.EMPTY_JSON_OBJECT));
            bad.add(Bad.literal(Json.createArrayBuilder().add(num("5")).build()));
            bad.add(new Bad("nested array", valid -> Json.createArrayBuilder().add(Json.createArrayBuilder().add(firstString(valid))).build(), false));
            bad.add(new Bad("element with U+0000 at the end", valid -> Json.createArrayBuilder().add(firstString(valid) + "\u0000").build(), false));
        } else if (kind instanceof Objects) {
            bad.add(Bad.of("a bare string", Json.createValue("MON")));
            bad.add(Bad.of("number 5", num("5")));
            bad.add(new Bad("one object, not in an array", valid -> valid.asJsonArray().get(0), false));
            bad.add(Bad.literal(Json.createArrayBuilder().add(num("5")).build()));
            bad.add(new Bad("nested array", valid -> Json.createArrayBuilder().add(Json.createArrayBuilder().add(valid.asJsonArray().get(0))).build(), false));
        } else if (kind instanceof Nested) {
            bad.add(Bad.of("a bare string", Json.createValue("x")));
            bad.add(Bad.of("number 5", num("5")));
            bad.add(new Bad("the object inside an array", valid -> Json.createArrayBuilder().add(valid).build(), false));
            bad.add(Bad.of("true", JsonValue.TRUE));
        }
        return bad;
    }

    static JsonNumber num(String text) {
        return Json.createValue(new BigDecimal(text));
    }

    static String textOf(JsonValue valid) {
        return valid instanceof JsonString s && s.getString().length() >= 2 ? s.getString() : "Valid";
    }

    static String inside(String s, String c) {
        return s.substring(0, 1) + c + s.substring(1);
    }

    static long wholeOf(JsonValue valid) {
        return valid instanceof JsonNumber n ? n.longValue() : 1;
    }

    static String firstString(JsonValue valid) {
        return valid instanceof JsonArray a && !a.isEmpty() && a.get(0) instanceof JsonString s ? s.getString() : "VALID";
    }

    // ------------------------------------------------------------------ the table

    enum Who { COUNCIL_ADMIN, BROKER, OPERATOR }

    /** One write endpoint: who calls it, where, with what valid body, and what to read back to see nothing changed. */
    final class Row {
        final String method;
        final String label;
        Who who = Who.COUNCIL_ADMIN;
        Supplier<String> path;
        Function<String, List<String>> state;
        IntFunction<JsonObject> base;
        List<Field> fields = List.of();
        final Map<String, JsonValue> immutable = new LinkedHashMap<>();
        /** Puts right what a wrongly accepted case did, so that it cannot spoil the cases after it (today's code accepts many). */
        BiConsumer<String, Api.Answer> undo = (path, answer) -> {
        };

        Row(String method, String label) {
            this.method = method;
            this.label = method + " " + label;
        }

        Row path(String fixed) {
            return path(() -> fixed);
        }

        Row path(Supplier<String> current) {
            this.path = current;
            return this;
        }

        Row by(Who caller) {
            this.who = caller;
            return this;
        }

        /** The valid body of case number n (n makes names, codes and periods unique, so a wrongly accepted case cannot spoil the next). */
        Row body(IntFunction<JsonObject> valid) {
            this.base = valid;
            return this;
        }

        /** What to GET, given the request path, to see that nothing changed. */
        Row state(Function<String, List<String>> reads) {
            this.state = reads;
            return this;
        }

        Row fields(Field... all) {
            this.fields = List.of(all);
            return this;
        }

        Row undo(BiConsumer<String, Api.Answer> putRight) {
            this.undo = putRight;
            return this;
        }

        /** A field that cannot change on PUT: another valid value must be refused, naming it. */
        Row immutable(String field, String otherValue) {
            immutable.put(field, Json.createValue(otherValue));
            return this;
        }
    }

    Row post(String label) {
        return new Row("POST", label);
    }

    /** A PUT row: a wrongly accepted case is put right by sending the valid body again. */
    Row put(String label) {
        Row row = new Row("PUT", label);
        return row.undo((path, answer) -> send(row, path, row.base.apply(cases.incrementAndGet()).toString()));
    }

    static final String ME_BODY = json("{'tradingName':'Troon Home Help','ownerName':'Morag Reid','gender':'FEMALE','postcode':'KA10 6EP',"
            + "'localities':['TROON'],'services':['PERSONAL_CARE'],'hourlyRate':'20.00','capacityHoursPerWeek':30,'personalCare':true,"
            + "'medication':false,'petsOk':true,'languages':['en'],'specialisms':['DEMENTIA'],"
            + "'availability':[{'day':'MON','from':'09:00','to':'15:00'}],'referralSource':'JOB_CLUB','enquiryDate':'2024-03-04'}");

    static final String CLIENT_BODY = json("{'reference':'SW-BI','name':'Morag Reid','phone':'01292 612000',"
            + "'email':'morag@example.co.uk','postcode':'KA10 6EP','locality':'TROON','servicesNeeded':['PERSONAL_CARE'],'hoursPerWeek':7,"
            + "'fundingRoute':'DIRECT_PAYMENT','personalCareNeeded':true,'medicationNeeded':false,"
            + "'preferences':{'carerGender':'FEMALE','language':'cy','hasPets':true,'specialisms':['DEMENTIA']},"
            + "'preferredTimes':[{'day':'TUE','from':'10:00','to':'12:00'}],'socialWorkerName':'Sam Social',"
            + "'socialWorkerContact':'01292 000000','referredOn':'2024-02-20','referralSource':'SOCIAL_WORK','consentGivenOn':'2024-02-20'}");

    static final String FIXED_CLIENT_BODY = CLIENT_BODY.replace("SW-BI", "SW-BI-FIXED");

    List<Row> endpoints() {
        return List.of(
                post("users").path("users").state(p -> List.of("users"))
                        .body(n -> obj("{'username':'bi.user" + n + "','password':'bad-input-password','displayName':'BI User " + n
                                + "','email':'bi" + n + "@council.example','roles':['BROKER']}"))
                        .fields(text("username"), text("password"), text("displayName"), text("email"), strings("roles")),
                post("users/{id}/password").path(() -> "users/" + userId + "/password").state(p -> List.of("users/" + userId))
                        .body(n -> obj("{'password':'bad-input-new-password-" + n + "'}"))
                        .fields(text("password")),
                put("users/{id}/roles").path(() -> "users/" + userId + "/roles").state(p -> List.of("users/" + userId))
                        .body(n -> obj("{'roles':['BROKER']}"))
                        .fields(strings("roles")),
                put("programme").path("programme").state(p -> List.of("programme"))
                        .body(n -> obj("{'programmeName':'BI programme','contactName':'BI Team','contactEmail':'bi@council.example',"
                                + "'contactPhone':'01292 612000','employmentRiskWeeks':12,'evidenceWarningDays':30,'clientRetentionYears':6,"
                                + "'version':" + versionOf("programme") + "}"))
                        .fields(text("programmeName"), text("contactName"), text("contactEmail"), text("contactPhone"),
                                whole("employmentRiskWeeks", 1, 104), whole("evidenceWarningDays", 1, 365), whole("clientRetentionYears", 1, 100),
                                version()),
                post("services").path("services").state(p -> List.of("services"))
                        .body(n -> obj("{'code':'BI_SERVICE_" + n + "','name':'BI service " + n + "'}"))
                        .fields(text("code"), text("name")),
                put("services/{id}").path(() -> "services/" + serviceId).state(p -> List.of(p))
                        .body(n -> obj("{'name':'BI service','version':" + versionOf("services/" + serviceId) + "}"))
                        .fields(text("name"), version(), text("code"))
                        .immutable("code", "ANOTHER_CODE"),
                post("localities").path("localities").state(p -> List.of("localities"))
                        .body(n -> obj("{'code':'BI_TOWN_" + n + "','name':'BI town " + n + "'}"))
                        .fields(text("code"), text("name")),
                put("localities/{id}").path(() -> "localities/" + localityId).state(p -> List.of(p))
                        .body(n -> obj("{'name':'BI town','version':" + versionOf("localities/" + localityId) + "}"))
                        .fields(text("name"), version(), text("code"))
                        .immutable("code", "ANOTHER_TOWN"),
                post("framework/requirements").path("framework/requirements").state(p -> List.of("framework/versions"))
                        .body(n -> obj("{'code':'BI_REQ_" + n + "','name':'BI requirement " + n + "','guidance':'First line\\nsecond line',"
                                + "'mandatory':true,'validityMonths':12,'appliesToServices':['PERSONAL_CARE'],'medicationOnly':false,"
                                + "'effectiveFrom':'2024-01-01'}"))
                        .fields(text("code"), text("name"), multiline("guidance"), bool("mandatory"), whole("validityMonths", 1, 240),
                                strings("appliesToServices"), bool("medicationOnly"), date("effectiveFrom")),
                put("framework/requirements/{code}").path("framework/requirements/" + FIXED_REQUIREMENT)
                        .state(p -> List.of(p, "framework/versions"))
                        .body(n -> obj("{'name':'BI fixed requirement','guidance':'First line\\nsecond line','mandatory':true,"
                                + "'validityMonths':12,'appliesToServices':['PERSONAL_CARE'],'medicationOnly':false,"
                                + "'effectiveFrom':'" + day(n) + "','version':" + versionOf("framework/requirements/" + FIXED_REQUIREMENT) + "}"))
                        .fields(text("name"), multiline("guidance"), bool("mandatory"), whole("validityMonths", 1, 240),
                                strings("appliesToServices"), bool("medicationOnly"), date("effectiveFrom"), version(), text("code"))
                        .immutable("code", "ANOTHER_REQUIREMENT"),
                post("framework/requirements/{code}/retire").path(() -> "framework/requirements/" + openRequirementToRetire() + "/retire")
                        .state(p -> List.of(p.replace("/retire", ""), "framework/versions"))
                        .body(n -> obj("{'effectiveFrom':'2100-01-01','version':" + versionOf("framework/requirements/" + retireCode) + "}"))
                        .fields(date("effectiveFrom"), version()),
                post("rates").path("rates").state(p -> List.of("rates"))
                        .body(n -> obj("{'type':'ME_GUIDE_RATE','hourlyRate':'20.00','validFrom':'" + day(n) + "','validTo':'"
                                + day(n).plusDays(5) + "'}"))
                        .fields(text("type"), money("hourlyRate"), date("validFrom"), date("validTo"))
                        .undo((path, created) -> parkRate(created)),
                put("rates/{id}").path(() -> "rates/" + rateId).state(p -> List.of(p))
                        .body(n -> obj("{'hourlyRate':'17.00','validFrom':'2050-01-01','validTo':'2050-12-31','version':"
                                + versionOf("rates/" + rateId) + "}"))
                        .fields(money("hourlyRate"), date("validFrom"), date("validTo"), version(), text("type"))
                        .immutable("type", "AGENCY_HOME_CARE"),
                post("targets").path("targets").state(p -> List.of("targets"))
                        .body(n -> obj("{'metric':'NEW_MICRO_ENTERPRISES','value':30,'periodStart':'" + day(n) + "','periodEnd':'"
                                + day(n).plusDays(5) + "'}"))
                        .fields(text("metric"), whole("value", 1, 1_000_000), date("periodStart"), date("periodEnd"))
                        .undo((path, created) -> idOf(created).ifPresent(id -> admin.delete("targets/" + id))),
                put("targets/{id}").path(() -> "targets/" + targetId).state(p -> List.of(p))
                        .body(n -> obj("{'value':40,'periodStart':'2050-01-01','periodEnd':'2050-12-31','version':"
                                + versionOf("targets/" + targetId) + "}"))
                        .fields(whole("value", 1, 1_000_000), date("periodStart"), date("periodEnd"), version(), text("metric"))
                        .immutable("metric", "WEEKLY_SUPPORT_HOURS"),
                post("grant-schemes").path("grant-schemes").state(p -> List.of("grant-schemes"))
                        .body(n -> obj("{'name':'BI scheme " + n + "','budget':'1000.00','maxAward':'100.00','opensOn':'2024-01-01',"
                                + "'closesOn':'2030-12-31','eligibility':'New MEs\\nin the area'}"))
                        .fields(text("name"), money("budget"), money("maxAward"), date("opensOn"), date("closesOn"), multiline("eligibility"))
                        .undo((path, created) -> renameScheme(created)),
                put("grant-schemes/{id}").path(() -> "grant-schemes/" + fixedSchemeId).state(p -> List.of(p))
                        .body(n -> obj("{'name':'BI fixed scheme','budget':'5000.00','maxAward':'500.00','opensOn':'2024-01-01',"
                                + "'closesOn':'2030-12-31','eligibility':'New MEs\\nin the area','version':" + versionOf("grant-schemes/" + fixedSchemeId) + "}"))
                        .fields(text("name"), money("budget"), money("maxAward"), date("opensOn"), date("closesOn"), multiline("eligibility"),
                                version()),
                post("grant-schemes/{id}/applications").path(() -> "grant-schemes/" + applySchemeId + "/applications")
                        .state(p -> List.of(p, "grant-schemes/" + applySchemeId))
                        .body(n -> obj("{'microEnterpriseId':'" + meId + "','amount':'100.00','appliedOn':'2024-06-01'}"))
                        .fields(text("microEnterpriseId"), money("amount"), date("appliedOn")),
                post("grant-applications/{id}/decision").path(() -> "grant-applications/" + pendingApplication() + "/decision")
                        .state(p -> List.of(p.replace("/decision", ""), "grant-schemes/" + applySchemeId))
                        .body(n -> obj("{'decision':'APPROVED','amount':'100.00','decidedOn':'2024-06-02'}"))
                        .fields(text("decision"), money("amount"), date("decidedOn")),
                post("micro-enterprises").path("micro-enterprises").state(p -> List.of("micro-enterprises"))
                        .body(n -> obj(ME_BODY.replace("Troon Home Help", "BI Home Help " + n)))
                        .fields(text("tradingName"), text("ownerName"), text("gender"), text("postcode"), strings("localities"),
                                strings("services"), money("hourlyRate"), whole("capacityHoursPerWeek", 0, 100), bool("personalCare"),
                                bool("medication"), bool("petsOk"), strings("languages"), strings("specialisms"),
                                objects("availability", text("day"), text("from"), text("to")), text("referralSource"),
                                date("enquiryDate")),
                put("micro-enterprises/{id}").path(() -> "micro-enterprises/" + meId).state(p -> List.of("micro-enterprises"))
                        .body(n -> obj(ME_BODY.substring(0, ME_BODY.length() - 1)
                                + json(",'publicPhone':'01292 612000','publicEmail':'bi@example.co.uk','website':'https://bi.example',"
                                + "'publicDescription':'Line one\\nline two','experience':'Dementia','evenings':true,'weekends':false,"
                                + "'lastMinute':true,'ageBand':'FROM_35_TO_49','version':") + meVersion() + "}"))
                        .fields(text("tradingName"), text("ownerName"), text("postcode"), strings("localities"), strings("services"),
                                money("hourlyRate"), whole("capacityHoursPerWeek", 0, 100), bool("personalCare"),
                                objects("availability", text("day"), text("from"), text("to")), date("enquiryDate"), text("publicPhone"),
                                text("publicEmail"), text("website"), multiline("publicDescription"), multiline("experience"),
                                bool("evenings"), bool("weekends"), bool("lastMinute"), text("ageBand"), version()),
                post("micro-enterprises/{id}/stage").path(() -> "micro-enterprises/" + journeyMeId + "/stage")
                        .state(p -> List.of("micro-enterprises/" + journeyMeId + "/timeline"))
                        .body(n -> obj("{'stage':'DEVELOPING','on':'2024-03-10','note':'Checks started'}"))
                        .fields(text("stage"), date("on"), multiline("note"))
                        .undo((path, moved) -> admin.post(path, json("{'stage':'ENQUIRY','on':'2024-03-10'}"))),
                post("micro-enterprises/{id}/evidence").path(() -> "micro-enterprises/" + meId + "/evidence")
                        .state(p -> List.of(p))
                        .body(n -> obj("{'requirement':'" + FIXED_REQUIREMENT + "','checkedOn':'2024-03-01','expiresOn':'2025-03-01',"
                                + "'reference':'BI " + n + "'}"))
                        .fields(text("requirement"), date("checkedOn"), date("expiresOn"), text("reference")),
                post("micro-enterprises/{id}/support-sessions").path(() -> "micro-enterprises/" + meId + "/support-sessions")
                        .state(p -> List.of(p))
                        .body(n -> obj("{'on':'2024-03-12','provider':'GrowBiz','category':'FINANCIAL_MANAGEMENT','minutes':60,"
                                + "'note':'Cash flow\\nand pricing'}"))
                        .fields(date("on"), text("provider"), text("category"), whole("minutes", 1, 1440), multiline("note")),
                post("micro-enterprises/{id}/absences").path(() -> "micro-enterprises/" + meId + "/absences")
                        .state(p -> List.of(p))
                        .body(n -> obj("{'startsOn':'" + day(n) + "','endsOn':'" + day(n).plusDays(5) + "','planned':true,"
                                + "'note':'Holiday\\nabroad'}"))
                        .fields(date("startsOn"), date("endsOn"), bool("planned"), multiline("note")),
                post("clients").by(Who.BROKER).path("clients").state(p -> List.of("clients?size=500"))
                        .body(n -> obj(CLIENT_BODY.replace("SW-BI", "SW-BI-" + n)))
                        .fields(text("reference"), text("name"), text("phone"), text("email"), text("postcode"), text("locality"),
                                strings("servicesNeeded"), whole("hoursPerWeek", 1, 168), text("fundingRoute"), bool("personalCareNeeded"),
                                bool("medicationNeeded"), nested("preferences", text("carerGender"), text("language"), bool("hasPets"),
                                        strings("specialisms")), objects("preferredTimes", text("day"), text("from"), text("to")),
                                text("socialWorkerName"), text("socialWorkerContact"), date("referredOn"), text("referralSource"),
                                date("consentGivenOn")),
                put("clients/{id}").by(Who.BROKER).path(() -> "clients/" + clientId).state(p -> List.of("clients?size=500"))
                        .body(n -> obj(FIXED_CLIENT_BODY.substring(0, FIXED_CLIENT_BODY.length() - 1)
                                + ",'version':" + clientVersion(clientId) + "}"))
                        .fields(text("reference"), text("name"), text("postcode"), text("locality"), strings("servicesNeeded"),
                                whole("hoursPerWeek", 1, 168), text("fundingRoute"), bool("medicationNeeded"),
                                nested("preferences", text("carerGender"), text("language"), bool("hasPets"), strings("specialisms")),
                                objects("preferredTimes", text("day"), text("from"), text("to")), date("referredOn"),
                                date("consentGivenOn"), version()),
                post("clients/{id}/status").by(Who.BROKER).path(() -> "clients/" + waitingClient() + "/status")
                        .state(p -> List.of("clients?size=500"))
                        .body(n -> obj("{'status':'CLOSED','on':'2024-03-10','reason':'Moved away\\nto Leeds'}"))
                        .fields(text("status"), date("on"), multiline("reason"), version()),
                post("arrangements").by(Who.BROKER).path("arrangements").state(p -> List.of("arrangements?size=500"))
                        .body(n -> obj(arrangementBody()))
                        .fields(text("clientId"), text("microEnterpriseId"), date("startsOn"), date("endsOn"), whole("hoursPerWeek", 1, 168),
                                money("hourlyRate"), text("funding")),
                post("arrangements/{id}/end").by(Who.BROKER).path(() -> "arrangements/" + openArrangement() + "/end")
                        .state(p -> List.of("arrangements?size=500"))
                        .body(n -> obj("{'endsOn':'" + ARRANGED_ON + "','reason':'Moved away\\nto Leeds'}"))
                        .fields(date("endsOn"), multiline("reason")),
                post("arrangements/{id}/hours").by(Who.BROKER).path(() -> "arrangements/" + hoursArrangementId + "/hours")
                        .state(p -> List.of(p))
                        .body(n -> obj("{'month':'" + ARRANGED_ON.toString().substring(0, 7) + "','hours':'" + (n % 20) + ".5'}"))
                        .fields(text("month"), money("hours")),
                post("micro-enterprises/{id}/absences/{absenceId}/cover").by(Who.BROKER).path(this::coverPath)
                        .state(p -> List.of("arrangements?size=500"))
                        .body(n -> obj("{'clientId':'" + coverClientId + "','microEnterpriseId':'" + coverMeId + "','hourlyRate':'21.00'}"))
                        .fields(text("clientId"), text("microEnterpriseId"), money("hourlyRate")),
                post("concerns").by(Who.BROKER).path("concerns").state(p -> List.of("concerns"))
                        .body(n -> obj("{'kind':'COMPLAINT','microEnterpriseId':'" + meId + "','clientId':'" + clientId
                                + "','arrangementId':'arrangement-" + n + "','raisedOn':'2024-03-10','raisedBy':'Daughter of the client',"
                                + "'source':'FAMILY','category':'QUALITY_OF_CARE','safeguarding':false,'description':'Visits cut short\\nthree times'}"))
                        .fields(text("kind"), text("microEnterpriseId"), text("clientId"), text("arrangementId"), date("raisedOn"),
                                text("raisedBy"), text("source"), text("category"), bool("safeguarding"), multiline("description")),
                post("concerns/{id}/close").by(Who.BROKER).path(() -> "concerns/" + openConcern() + "/close")
                        .state(p -> List.of("concerns"))
                        .body(n -> obj("{'outcome':'PARTLY_UPHELD','outcomeNote':'Rota changed\\nand apology made','closedOn':'2024-03-12',"
                                + "'version':" + concernVersion(openConcern()) + "}"))
                        .fields(text("outcome"), multiline("outcomeNote"), date("closedOn"), version()),
                post("clients/{id}/reassessments").by(Who.BROKER).path(() -> "clients/" + clientId + "/reassessments")
                        .state(p -> List.of("clients?size=500"))
                        .body(n -> obj("{'requestedOn':'2024-03-10','requestedBy':'Broker after a joint visit',"
                                + "'reason':'Needs have grown\\nnow needs help at night'}"))
                        .fields(date("requestedOn"), text("requestedBy"), multiline("reason")),
                post("reassessments/{id}/close").by(Who.BROKER).path(() -> "reassessments/" + openReassessment() + "/close")
                        .state(p -> List.of("clients?size=500"))
                        .body(n -> obj("{'outcomeNote':'Hours raised\\nto 14','closedOn':'2024-03-12','version':" + reassessmentVersion + "}"))
                        .fields(multiline("outcomeNote"), date("closedOn"), version()),
                post("clients/{id}/introductions").by(Who.BROKER).path(() -> "clients/" + shortlistClient() + "/introductions")
                        .state(p -> List.of("micro-enterprises/" + meId + "/introductions"))
                        .body(n -> obj("{'microEnterpriseId':'" + meId + "','note':'Speaks Welsh\\nfree on Tuesdays'}"))
                        .fields(text("microEnterpriseId"), multiline("note")),
                post("introductions/{id}/introduce").by(Who.BROKER).path(() -> "introductions/" + introductionIn("SHORTLISTED") + "/introduce")
                        .state(p -> List.of("micro-enterprises/" + meId + "/introductions"))
                        .body(n -> obj("{'on':'2024-03-12','version':" + introductionVersion + "}"))
                        .fields(date("on"), version()),
                post("introductions/{id}/outcome").by(Who.BROKER).path(() -> "introductions/" + introductionIn("SHORTLISTED", "INTRODUCED")
                        + "/outcome").state(p -> List.of("micro-enterprises/" + meId + "/introductions"))
                        .body(n -> obj("{'outcome':'DECLINED','on':'2024-03-12','reason':'NOT_AVAILABLE','note':'No Tuesdays\\nafter all',"
                                + "'version':" + introductionVersion + "}"))
                        .fields(text("outcome"), date("on"), text("reason"), multiline("note"), version()),
                post("clients/{id}/erase").path(() -> "clients/" + closedClient() + "/erase").state(p -> List.of("clients?size=500"))
                        .body(n -> obj("{'reason':'Request SAR-" + n + "\\nreceived by letter'}"))
                        .fields(multiline("reason")),
                post("community-activities").path("community-activities").state(p -> List.of(p))
                        .body(n -> obj("{'name':'BI club " + n + "','description':'Tea\\nand chat','locality':'TROON',"
                                + "'whenHeld':'Tuesdays 10:00','cost':'Free','contact':'Hall','publicListing':true}"))
                        .fields(text("name"), multiline("description"), text("locality"), text("whenHeld"), text("cost"), text("contact"),
                                bool("publicListing")),
                put("community-activities/{id}").path(() -> "community-activities/" + activityId).state(p -> List.of(p))
                        .body(n -> obj("{'name':'BI fixed club','locality':'TROON','whenHeld':'Fridays','publicListing':false,'version':"
                                + versionOf("community-activities/" + activityId) + "}"))
                        .fields(text("name"), text("locality"), text("whenHeld"), bool("publicListing"), version()),
                post("/platform/api/v1/tenants").by(Who.OPERATOR).path("/platform/api/v1/tenants").state(p -> List.of(p))
                        .body(n -> obj("{'id':'bi-" + runId + "-" + n + "','name':'BI Council " + n + "','nation':'ENGLAND',"
                                + "'programmeName':'BI Programme','admin':{'username':'bi.admin','password':'bi-admin-password'}}"))
                        .fields(text("id"), text("name"), text("nation"), text("programmeName"),
                                nested("admin", text("username"), text("password"))));
    }

    /** A wrongly created rate gets a one-day period of its own in 1900, so its period overlaps no later case's. */
    private void parkRate(Api.Answer created) {
        idOf(created).ifPresent(id -> admin.put("rates/" + id, json("{'hourlyRate':'1.00','validFrom':'" + PARKED.plusDays(cases.incrementAndGet())
                + "','validTo':'" + PARKED.plusDays(cases.get()) + "','version':" + versionOf("rates/" + id) + "}")));
    }

    /** A wrongly created scheme gets a name of its own, so its name ("5", "true"…) clashes with no later case's. */
    private void renameScheme(Api.Answer created) {
        idOf(created).ifPresent(id -> {
            JsonObject s = admin.get("grant-schemes/" + id).json();
            JsonObject renamed = Json.createObjectBuilder().add("name", "BI parked " + cases.incrementAndGet())
                    .add("budget", s.get("budget")).add("maxAward", s.get("maxAward")).add("opensOn", s.get("opensOn"))
                    .add("closesOn", s.get("closesOn")).add("version", s.get("version")).build();
            admin.put("grant-schemes/" + id, renamed.toString());
        });
    }

    static final LocalDate PARKED = LocalDate.of(1900, 1, 1);

    private static Optional<String> idOf(Api.Answer created) {
        try {
            return Optional.of(created.json().getString("id"));
        } catch (RuntimeException | AssertionError notARecord) {
            return Optional.empty();
        }
    }

    /** Day n of a run of far-future days, ten apart: periods of different cases never overlap. */
    static LocalDate day(int n) {
        return LocalDate.of(2100, 1, 1).plusDays(10L * n);
    }

    // ------------------------------------------------------------------ fixtures, created once through the API

    static final String FIXED_REQUIREMENT = "BI_FIXED";

    private Api api;
    private CouncilFixture council;
    private CouncilFixture.Caller admin;
    private final String runId = UUID.randomUUID().toString().substring(0, 6);
    private final AtomicInteger cases = new AtomicInteger();
    private String userId;
    private String meId;
    private String journeyMeId;
    private String activityId;
    private String rateId;
    private String targetId;
    private String fixedSchemeId;
    private String applySchemeId;
    private String serviceId;
    private String localityId;
    private String retireCode;
    private String applicationId;
    private CouncilFixture.Caller broker;
    private String clientId;
    private String statusClientId;
    private String arrangementMeId;
    private String arrangementClientId;
    private String hoursArrangementId;
    private String endArrangementId;
    private String coverAbsentMeId;
    private String coverMeId;
    private String coverClientId;
    private String coverAbsenceId;
    private int coverAbsences;

    /** The day the BadInputIT arrangements are for: one day each, an hour a week, so a hundred fit the ME's capacity. */
    static final LocalDate ARRANGED_ON = LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(1);
    private String concernId;
    private String shortlistClientId;
    private String introductionId;
    private long introductionVersion;
    private String reassessmentId;
    private long reassessmentVersion;
    private String erasableClientId;

    @BeforeAll
    void fixtures(RunningPlatform platform) {
        api = new Api(platform.baseUrl());
        council = CouncilFixture.onboard(platform, "bad", "SCOTLAND");
        admin = council.asAdmin();
        admin.create("localities", json("{'code':'TROON','name':'Troon'}"));
        userId = admin.create("users", json("{'username':'bi.fixture','password':'fixture-password-1','displayName':'BI Fixture',"
                + "'roles':['BROKER']}")).getString("id");
        meId = admin.create("micro-enterprises", ME_BODY).getString("id");
        arrangementMeId = listedMe();
        journeyMeId = admin.create("micro-enterprises", ME_BODY.replace("Troon Home Help", "BI journey")).getString("id");
        activityId = admin.create("community-activities", json("{'name':'BI fixed club','locality':'TROON','whenHeld':'Fridays'}"))
                .getString("id");
        rateId = admin.create("rates", json("{'type':'PERSONAL_ASSISTANT','hourlyRate':'17.00','validFrom':'2050-01-01',"
                + "'validTo':'2050-12-31'}")).getString("id");
        targetId = admin.create("targets", json("{'metric':'CLIENTS_SUPPORTED','value':40,'periodStart':'2050-01-01',"
                + "'periodEnd':'2050-12-31'}")).getString("id");
        fixedSchemeId = admin.create("grant-schemes", json("{'name':'BI fixed scheme','budget':'5000.00','maxAward':'500.00',"
                + "'opensOn':'2024-01-01','closesOn':'2030-12-31','eligibility':'New MEs\\nin the area'}")).getString("id");
        applySchemeId = admin.create("grant-schemes", json("{'name':'BI apply scheme','budget':'1000000.00','maxAward':'1000.00',"
                + "'opensOn':'2024-01-01'}")).getString("id");
        serviceId = admin.create("services", json("{'code':'BI_SERVICE','name':'BI service'}")).getString("id");
        localityId = admin.create("localities", json("{'code':'BI_TOWN','name':'BI town'}")).getString("id");
        admin.create("framework/requirements", json("{'code':'" + FIXED_REQUIREMENT + "','name':'BI fixed requirement',"
                + "'guidance':'First line\\nsecond line','mandatory':true,'validityMonths':12,'appliesToServices':['PERSONAL_CARE'],"
                + "'medicationOnly':false,'effectiveFrom':'2024-01-01'}"));
        retireCode = newRequirementToRetire();
        applicationId = newApplication();
        council.addUser("bi.broker", "BROKER");
        broker = council.as("bi.broker");
        clientId = broker.create("clients", FIXED_CLIENT_BODY).getString("id");
        statusClientId = newClient();
        arrangementClientId = broker.create("clients", CLIENT_BODY.replace("SW-BI", "SW-BI-ARRANGED")).getString("id");
        hoursArrangementId = broker.create("arrangements", arrangementBody()).getString("id");
        coverAbsentMeId = listedMe("BI away");
        coverMeId = listedMe("BI cover");
        coverClientId = broker.create("clients", CLIENT_BODY.replace("SW-BI", "SW-BI-COVERED")).getString("id");
        broker.create("arrangements", json("{'clientId':'" + coverClientId + "','microEnterpriseId':'" + coverAbsentMeId + "','startsOn':'"
                + ARRANGED_ON + "','hoursPerWeek':1,'hourlyRate':'20.00','funding':'DIRECT_PAYMENT'}"));
    }

    /** The cover path of an absence of the away ME with no cover yet: a new one-day absence once a case (or the valid body) covered it. */
    private String coverPath() {
        boolean covered = coverAbsenceId == null || broker.get("arrangements?microEnterpriseId=" + coverMeId + "&size=500").array()
                .getValuesAs(JsonObject.class).stream().anyMatch(a -> a.get("coverFor") instanceof JsonObject c
                        && c.getString("absenceId").equals(coverAbsenceId));
        if (covered) {
            LocalDate day = ARRANGED_ON.plusDays(10 + 2L * coverAbsences++);
            coverAbsenceId = broker.create("micro-enterprises/" + coverAbsentMeId + "/absences", json("{'startsOn':'" + day + "','endsOn':'"
                    + day + "','planned':true}")).getString("id");
        }
        return "micro-enterprises/" + coverAbsentMeId + "/absences/" + coverAbsenceId + "/cover";
    }

    /** An ME on the directory (domestic support, so the PERSONAL_CARE requirements the rows add do not apply), 100 hours a week. */
    private String listedMe() {
        return listedMe("BI listed");
    }

    private String listedMe(String name) {
        String id = admin.create("micro-enterprises", ME_BODY.replace("Troon Home Help", name).replace("PERSONAL_CARE", "DOMESTIC_SUPPORT")
                .replace("\"capacityHoursPerWeek\":30", "\"capacityHoursPerWeek\":100").replace("\"personalCare\":true", "\"personalCare\":false"))
                .getString("id");
        assertEquals(200, admin.post("micro-enterprises/" + id + "/stage", json("{'stage':'DEVELOPING'}")).status());
        for (JsonObject r : admin.get("framework/requirements").array().getValuesAs(JsonObject.class)) {
            boolean applies = r.getBoolean("mandatory") && !r.getBoolean("medicationOnly", false) && (r.getJsonArray("appliesToServices").isEmpty()
                    || r.getJsonArray("appliesToServices").getValuesAs(JsonString.class).stream().anyMatch(c -> c.getString().equals("DOMESTIC_SUPPORT")));
            if (applies) {
                admin.create("micro-enterprises/" + id + "/evidence", json("{'requirement':'" + r.getString("code") + "','checkedOn':'"
                        + LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(10) + "'}"));
            }
        }
        Api.Answer listed = admin.post("micro-enterprises/" + id + "/stage", json("{'stage':'LISTED'}"));
        assertEquals(200, listed.status(), listed.toString());
        return id;
    }

    private String arrangementBody() {
        return json("{'clientId':'" + arrangementClientId + "','microEnterpriseId':'" + arrangementMeId + "','startsOn':'" + ARRANGED_ON
                + "','endsOn':'" + ARRANGED_ON + "','hoursPerWeek':1,'hourlyRate':'20.00','funding':'DIRECT_PAYMENT'}");
    }

    /** The arrangement the end row ends; a new one if a case (or the valid body) ended it. */
    private String openArrangement() {
        if (endArrangementId == null || broker.get("arrangements/" + endArrangementId).json().getBoolean("endedEarly")) {
            endArrangementId = broker.create("arrangements", arrangementBody()).getString("id");
        }
        return endArrangementId;
    }

    /** The ME's introductions as its list shows them (not an audited read of any client). */
    private List<JsonObject> meIntroductions() {
        return broker.get("micro-enterprises/" + meId + "/introductions").array().getValuesAs(JsonObject.class);
    }

    /** A client with consent and no open introduction to the ME; a new one once a case (or the valid body) shortlisted it. */
    private String shortlistClient() {
        if (shortlistClientId == null || meIntroductions().stream().anyMatch(i -> i.getString("clientId").equals(shortlistClientId)
                && List.of("SHORTLISTED", "INTRODUCED").contains(i.getString("status")))) {
            shortlistClientId = broker.create("clients", CLIENT_BODY.replace("SW-BI", "SW-BI-IN-" + cases.incrementAndGet())).getString("id");
        }
        return shortlistClientId;
    }

    /** An introduction in one of these states, with its version in {@link #introductionVersion}; a new one (new client) if none. */
    private String introductionIn(String... states) {
        JsonObject current = introductionId == null ? null : meIntroductions().stream()
                .filter(i -> i.getString("id").equals(introductionId)).findFirst().orElse(null);
        if (current == null || !List.of(states).contains(current.getString("status"))) {
            String client = broker.create("clients", CLIENT_BODY.replace("SW-BI", "SW-BI-IN-" + cases.incrementAndGet())).getString("id");
            current = broker.create("clients/" + client + "/introductions", json("{'microEnterpriseId':'" + meId + "'}"));
            introductionId = current.getString("id");
        }
        introductionVersion = current.getJsonNumber("version").longValue();
        return introductionId;
    }

    /** The concern the close row works on; a new one if a case (or the valid body) closed it. */
    private String openConcern() {
        if (concernId == null || !"OPEN".equals(concernSummary(concernId).getString("status"))) {
            concernId = broker.create("concerns", json("{'kind':'CONCERN','microEnterpriseId':'" + meId + "','raisedOn':'2024-03-10',"
                    + "'raisedBy':'Neighbour','source':'OTHER','category':'CONDUCT','description':'Shouting heard'}")).getString("id");
        }
        return concernId;
    }

    /** A concern as the list shows it (reading one about a client is audited, which would look like a change). */
    private JsonObject concernSummary(String id) {
        return broker.get("concerns").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private long concernVersion(String id) {
        return concernSummary(id).getJsonNumber("version").longValue();
    }

    /** The reassessment request the close row works on; a new one for every case (the list of them is an audited read). */
    private String openReassessment() {
        JsonObject made = broker.create("clients/" + clientId + "/reassessments", json("{'requestedOn':'2024-03-10','requestedBy':'Broker',"
                + "'reason':'More hours'}"));
        reassessmentId = made.getString("id");
        reassessmentVersion = made.getJsonNumber("version").longValue();
        return reassessmentId;
    }

    private String newClient() {
        return broker.create("clients", CLIENT_BODY.replace("SW-BI", "SW-BI-STATUS-" + cases.incrementAndGet())).getString("id");
    }

    /** The client the status row moves; a new one if a case (or the valid body) closed it. */
    private String waitingClient() {
        JsonObject c = clientSummary(statusClientId);
        if (!"WAITING".equals(c.getString("status"))) {
            statusClientId = newClient();
        }
        return statusClientId;
    }

    /** The client the erase row works on: closed, not erased; a new one if a case (or the valid body) erased it. */
    private String closedClient() {
        if (erasableClientId == null || clientSummary(erasableClientId).getString("reference").startsWith("ERASED-")) {
            erasableClientId = newClient();
            Api.Answer closed = broker.post("clients/" + erasableClientId + "/status", json("{'status':'CLOSED','reason':'Moved away'}"));
            assertEquals(200, closed.status(), closed.toString());
        }
        return erasableClientId;
    }

    /** A client as the list shows it (reading the record itself is audited, which would look like a change). */
    private JsonObject clientSummary(String id) {
        return broker.get("clients?size=500").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private long clientVersion(String id) {
        return clientSummary(id).getJsonNumber("version").longValue();
    }

    private String newRequirementToRetire() {
        String code = "BI_RETIRE_" + cases.incrementAndGet();
        admin.create("framework/requirements", json("{'code':'" + code + "','name':'To retire','mandatory':false,"
                + "'effectiveFrom':'2024-01-01'}"));
        return code;
    }

    private String newApplication() {
        return admin.create("grant-schemes/" + applySchemeId + "/applications",
                json("{'microEnterpriseId':'" + meId + "','amount':'100.00','appliedOn':'2024-06-01'}")).getString("id");
    }

    /** The requirement the retire row works on; a new one if a case (or the valid body) retired it. */
    private String openRequirementToRetire() {
        if (!admin.get("framework/requirements/" + retireCode).json().isNull("effectiveTo")) {
            retireCode = newRequirementToRetire();
        }
        return retireCode;
    }

    /** The application the decision row works on; a new one if a case (or the valid body) decided it. */
    private String pendingApplication() {
        if (!"PENDING".equals(admin.get("grant-applications/" + applicationId).json().getString("status"))) {
            applicationId = newApplication();
        }
        return applicationId;
    }

    /** The fixture ME's version, from the list (reading the record itself is audited, which would look like a change). */
    private long meVersion() {
        return admin.get("micro-enterprises").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("id").equals(meId)).findFirst().orElseThrow().getJsonNumber("version").longValue();
    }

    private long versionOf(String path) {
        Api.Answer a = admin.get(path);
        assertEquals(200, a.status(), path + " -> " + a);
        return a.json().getJsonNumber("version").longValue();
    }

    // ------------------------------------------------------------------ the walk

    @TestFactory
    @DisplayName("every write endpoint refuses bad input and changes nothing")
    Stream<DynamicNode> everyWriteEndpointRefusesBadInputAndChangesNothing() {
        return endpoints().stream().map(row -> dynamicContainer(row.label, casesOf(row)));
    }

    private Stream<DynamicNode> casesOf(Row row) {
        List<DynamicNode> out = new ArrayList<>();
        out.add(dynamicTest(row.label + " · the valid body is accepted", () -> {
            String path = row.path.get();
            String body = row.base.apply(cases.incrementAndGet()).toString();
            Api.Answer a = send(row, path, body);
            assertTrue(a.status() == 200 || a.status() == 201, row.label + " " + body + " -> " + a);
        }));
        JsonObject sample = row.base.apply(0);
        for (Field f : row.fields) {
            fieldCases(row, f, f.name(), List.of(f.name()), sample.get(f.name()), out);
        }
        row.immutable.forEach((field, other) -> {
            String test = row.label + " · " + field + " changed to " + other + " is refused";
            out.add(dynamicTest(test, () -> expectRefused(row, test, base -> with(base, List.of(field), other), field, false)));
            out.add(dynamicTest(row.label + " · " + field + " sent unchanged is accepted", () -> {
                String path = row.path.get();
                JsonObject record = read(row, path.replace("/retire", ""));
                JsonObject body = with(row.base.apply(cases.incrementAndGet()), List.of(field), record.get(field));
                Api.Answer a = send(row, path, body.toString());
                assertEquals(200, a.status(), row.label + " " + body + " -> " + a);
            }));
        });
        structuralCases(row, out);
        return out.stream();
    }

    private void fieldCases(Row row, Field f, String name, List<Object> at, JsonValue valid, List<DynamicNode> out) {
        for (Bad bad : badValues(f.kind())) {
            String shown = f.kind() instanceof Whole && !f.name().equals("version") && valid instanceof JsonNumber
                    ? bad.label().replace("<valid>", String.valueOf(wholeOf(valid))) : bad.label().replace("<valid>", "<" + f.name() + ">");
            String test = row.label + " · " + name + " = " + shown;
            out.add(dynamicTest(test, () ->
                    expectRefused(row, test, base -> with(base, at, bad.make().apply(valueAt(base, at))), name, bad.oversized())));
        }
        if (f.kind() instanceof Objects o && valid instanceof JsonArray list && !list.isEmpty()) {
            for (Field sub : o.fields()) {
                List<Object> subAt = new ArrayList<>(at);
                subAt.add(0);
                subAt.add(sub.name());
                fieldCases(row, sub, name + "[0]." + sub.name(), subAt, list.getJsonObject(0).get(sub.name()), out);
            }
        }
        if (f.kind() instanceof Nested n && valid instanceof JsonObject object) {
            for (Field sub : n.fields()) {
                List<Object> subAt = new ArrayList<>(at);
                subAt.add(sub.name());
                fieldCases(row, sub, name + "." + sub.name(), subAt, object.get(sub.name()), out);
            }
        }
    }

    private void structuralCases(Row row, List<DynamicNode> out) {
        String unknown = row.label + " · an unknown field is refused";
        out.add(dynamicTest(unknown, () ->
                expectRefused(row, unknown, base -> with(base, List.of("unexpectedField"), Json.createValue("surprise")), "unexpectedField", false)));
        Map<String, Function<JsonObject, String>> bodies = new LinkedHashMap<>();
        bodies.put("a JSON array holding the valid object", base -> "[" + base + "]");
        bodies.put("an empty JSON array", base -> "[]");
        bodies.put("a JSON string", base -> "\"" + base.toString().replace("\"", "'") + "\"");
        bodies.put("a JSON number", base -> "42");
        bodies.put("JSON null", base -> "null");
        bodies.put("an empty body", base -> "");
        bodies.put("malformed JSON (cut in half)", base -> base.toString().substring(0, base.toString().length() / 2));
        bodies.put("trailing content after the object", base -> base + "{}");
        bodies.forEach((what, make) -> {
            String test = row.label + " · " + what + " is refused";
            out.add(dynamicTest(test, () -> expectRefusedBody(row, test, make, null, false)));
        });
        String oversized = row.label + " · a body over 1 MiB is refused";
        out.add(dynamicTest(oversized, () -> {
            String big = "y".repeat(1024 * 1024 + 100 * 1024);
            JsonObject sample = row.base.apply(0);
            String field = row.fields.stream().filter(f -> f.kind() instanceof Text && sample.containsKey(f.name())).map(Field::name)
                    .findFirst().orElse("padding");
            expectRefusedBody(row, oversized, base -> with(base, List.of(field), Json.createValue(big)).toString(), null, true);
        }));
    }

    /** Sends the valid body changed by {@code change}; expects 400 naming {@code field} (or 413 if oversized) and nothing changed. */
    private void expectRefused(Row row, String test, Function<JsonObject, JsonObject> change, String field, boolean oversized) {
        expectRefusedBody(row, test, base -> change.apply(base).toString(), field, oversized);
    }

    private void expectRefusedBody(Row row, String test, Function<JsonObject, String> make, String field, boolean oversized) {
        String path = row.path.get();
        List<String> reads = row.state.apply(path);
        Snapshot before = snapshot(row, reads, false);
        String body = make.apply(row.base.apply(cases.incrementAndGet()));
        Api.Answer answer = send(row, path, body);
        Snapshot after = snapshot(row, reads, true);
        if (answer.status() / 100 == 2) {
            row.undo.accept(path, answer);
        }
        String request = row.method + " " + path + " " + abbreviate(body, 300);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertTrue(answer.status() == 400 || oversized && answer.status() == 413,
                "expected 400" + (oversized ? " or 413" : "") + " for " + request + ", got " + abbreviate(answer.toString(), 400)));
        if (answer.status() == 400 || answer.status() == 413) {
            checks.add(() -> assertErrorShape(answer, request));
            if (field != null && answer.status() == 400) {
                checks.add(() -> assertTrue(names(answer, field),
                        "the violations should name '" + field + "' for " + request + ": " + abbreviate(answer.body(), 400)));
            }
        }
        for (int i = 0; i < reads.size(); i++) {
            String read = reads.get(i);
            String was = before.reads.get(i);
            String now = after.reads.get(i);
            checks.add(() -> assertSame(was, now, "GET " + read + " changed after " + request));
        }
        checks.add(() -> assertSame(before.audit, after.audit, "the audit log has a new entry after " + request));
        assertAll(abbreviate(test, 200), checks);
    }

    /** The API error body: {"status":…,"error":…,"message":…,"violations":[…]}. */
    static void assertErrorShape(Api.Answer a, String request) {
        JsonObject error;
        try {
            error = a.json();
        } catch (AssertionError | ClassCastException e) {
            throw new AssertionError("The " + a.status() + " answer to " + request + " is not the JSON error object: "
                    + abbreviate(a.body(), 300));
        }
        assertEquals(a.status(), error.getInt("status", -1), "status in " + a.body());
        assertTrue(error.get("error") instanceof JsonString, "error in " + a.body());
        assertTrue(error.get("message") instanceof JsonString, "message in " + a.body());
        assertTrue(error.get("violations") instanceof JsonArray, "violations in " + a.body());
    }

    /** Some violation names the field: equal to it, or it followed by '.' or '[' (a part of it). */
    static boolean names(Api.Answer a, String field) {
        return a.json().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field", ""))
                .anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
    }

    private record Snapshot(List<String> reads, String audit) {
    }

    /**
     * The state reads and the newest audit entry. A state read may itself be an audited read (of a client's
     * arrangements), so the audit log is read after the reads before the request and before them after it:
     * the two entries then differ only if the request wrote one.
     */
    private Snapshot snapshot(Row row, List<String> reads, boolean auditFirst) {
        String audit = auditFirst ? newestAudit(row) : null;
        List<String> states = new ArrayList<>();
        for (String read : reads) {
            states.add(get(row.who, read).toString());
        }
        return new Snapshot(states, auditFirst ? audit : newestAudit(row));
    }

    private String newestAudit(Row row) {
        return row.who == Who.OPERATOR ? get(Who.OPERATOR, "/platform/api/v1/audit?limit=1").body() : admin.get("audit?limit=1").body();
    }

    private JsonObject read(Row row, String path) {
        Api.Answer a = get(row.who, path);
        assertEquals(200, a.status(), path + " -> " + a);
        return a.json();
    }

    private Api.Answer get(Who who, String path) {
        return who == Who.OPERATOR ? api.get(path, OPERATOR, OPERATOR_PASSWORD) : who == Who.BROKER ? broker.get(path) : admin.get(path);
    }

    private Api.Answer send(Row row, String path, String body) {
        if (row.who == Who.OPERATOR) {
            return row.method.equals("PUT") ? api.put(path, body, OPERATOR, OPERATOR_PASSWORD)
                    : api.post(path, body, OPERATOR, OPERATOR_PASSWORD);
        }
        CouncilFixture.Caller caller = row.who == Who.BROKER ? broker : admin;
        return row.method.equals("PUT") ? caller.put(path, body) : caller.post(path, body);
    }

    // ------------------------------------------------------------------ JSON helpers

    static JsonObject obj(String singleQuoted) {
        try (var reader = Json.createReader(new StringReader(json(singleQuoted)))) {
            return reader.readObject();
        }
    }

    static JsonValue valueAt(JsonValue node, List<Object> at) {
        JsonValue v = node;
        for (Object step : at) {
            if (v == null) {
                return null;
            }
            v = step instanceof String key ? (v instanceof JsonObject o ? o.get(key) : null)
                    : (v instanceof JsonArray a && (Integer) step < a.size() ? a.get((Integer) step) : null);
        }
        return v;
    }

    /** A copy of the object with the value at the path replaced (or added). */
    static JsonObject with(JsonObject object, List<Object> at, JsonValue value) {
        return (JsonObject) replace(object, at, 0, value);
    }

    private static JsonValue replace(JsonValue node, List<Object> at, int i, JsonValue value) {
        if (i == at.size()) {
            return value;
        }
        Object step = at.get(i);
        if (step instanceof String key) {
            JsonObject o = node instanceof JsonObject jo ? jo : JsonValue.EMPTY_JSON_OBJECT;
            return Json.createObjectBuilder(o).add(key, replace(o.get(key), at, i + 1, value)).build();
        }
        JsonArray a = (JsonArray) node;
        int index = (Integer) step;
        JsonArrayBuilder b = Json.createArrayBuilder(a);
        b.set(index, replace(a.get(index), at, i + 1, value));
        return b.build();
    }

    /** Fails, showing where the two differ, if they do. */
    static void assertSame(String before, String after, String what) {
        if (before.equals(after)) {
            return;
        }
        int at = 0;
        while (at < before.length() && at < after.length() && before.charAt(at) == after.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 60);
        fail(what + ": at character " + at + ", before …" + abbreviate(before.substring(from, Math.min(before.length(), at + 140)), 200)
                + " | after …" + abbreviate(after.substring(from, Math.min(after.length(), at + 140)), 200));
    }

    static String abbreviate(String s, int max) {
        String shown = s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + " chars)";
        return shown.chars().mapToObj(c -> c < 0x20 && c != '\n' ? String.format("\\u%04x", c) : String.valueOf((char) c))
                .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString();
    }

    // ------------------------------------------------------------------ the cases the tester reported

    /** Expects a 4xx naming the field (when 400), and the same answers to the reads before and after. */
    private void refusedAndUnchanged(String method, String path, String body, String field, String... reads) {
        List<String> before = Arrays.stream(reads).map(r -> admin.get(r).toString()).toList();
        String auditBefore = admin.get("audit?limit=1").body();
        Api.Answer a = method.equals("PUT") ? admin.put(path, body) : admin.post(path, body);
        String auditAfter = admin.get("audit?limit=1").body(); // before the reads, which may be audited reads themselves
        List<String> after = Arrays.stream(reads).map(r -> admin.get(r).toString()).toList();
        String request = method + " " + path + " " + abbreviate(body, 300);
        assertAll(request,
                () -> assertTrue(field == null ? a.status() >= 400 && a.status() < 500 : a.status() == 400,
                        (field == null ? "expected a 4xx" : "expected 400") + ", got " + abbreviate(a.toString(), 400)),
                () -> assertTrue(field == null || a.status() != 400 || names(a, field), "violations should name " + field + ": "
                        + abbreviate(a.body(), 400)),
                () -> assertSame(String.join("\n", before), String.join("\n", after), "the stored records changed"),
                () -> assertSame(auditBefore, auditAfter, "the audit log has a new entry"));
    }

    private List<JsonObject> list(String path) {
        return admin.get(path).array().getValuesAs(JsonObject.class);
    }

    @Test
    void aMicroEnterpriseHourlyRateWithACommaIsRefusedAndADotIsStored() {
        refusedAndUnchanged("POST", "micro-enterprises", ME_BODY.replace("Troon Home Help", "Comma Care").replace("\"20.00\"", "\"20,50\""),
                "hourlyRate", "micro-enterprises");
        JsonObject dot = admin.create("micro-enterprises", ME_BODY.replace("Troon Home Help", "Dot Care").replace("\"20.00\"", "\"20.50\""));
        assertEquals("20.50", dot.getString("hourlyRate"));
        JsonObject number = admin.create("micro-enterprises", ME_BODY.replace("Troon Home Help", "Number Care").replace("\"20.00\"", "20.5"));
        assertEquals("20.50", number.getString("hourlyRate"));
    }

    @Test
    void aRateWithACommaIsRefusedAndADotIsStored() {
        refusedAndUnchanged("POST", "rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'16,98','validFrom':'2023-04-01','validTo':'2024-03-31'}"),
                "hourlyRate", "rates");
        JsonObject rate = admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'16.98','validFrom':'2020-04-01','validTo':'2021-03-31'}"));
        assertEquals("16.98", rate.getString("hourlyRate"));
    }

    @Test
    void aGrantBudgetWithACommaIsRefusedAndADotIsStored() {
        refusedAndUnchanged("POST", "grant-schemes", json("{'name':'Comma fund','budget':'10,00','maxAward':'5.00','opensOn':'2024-04-01'}"),
                "budget", "grant-schemes");
        JsonObject scheme = admin.create("grant-schemes", json("{'name':'Dot fund','budget':'10.00','maxAward':'5.00','opensOn':'2024-04-01'}"));
        assertEquals("10.00", scheme.getString("budget"));
    }

    @Test
    void mandatoryMustBeJsonTrueOrFalse() {
        String body = "{'code':'%s','name':'Mandatory test','mandatory':%s,'validityMonths':12}";
        Map<String, String> bad = Map.of("MANDATORY_YES", "'yes'", "MANDATORY_ONE", "1", "MANDATORY_ARRAY", "['true']");
        assertAll(bad.entrySet().stream().map(e -> (Executable) () -> {
            refusedAndUnchanged("POST", "framework/requirements", json(String.format(body, e.getKey(), e.getValue())), "mandatory",
                    "framework/versions");
            assertEquals(404, admin.get("framework/requirements/" + e.getKey()).status(), "nothing was added");
        }));
        JsonObject added = admin.create("framework/requirements", json(String.format(body, "MANDATORY_TRUE", "true")));
        assertTrue(added.getBoolean("mandatory"));
    }

    @Test
    void validityMonthsMustBeAWholeNumber() {
        String body = "{'code':'VALIDITY_TEST','name':'Validity test','mandatory':false,'validityMonths':%s}";
        refusedAndUnchanged("POST", "framework/requirements", json(String.format(body, "1.9")), "validityMonths", "framework/versions");
        assertEquals(404, admin.get("framework/requirements/VALIDITY_TEST").status(), "nothing was added");
        assertEquals(2, admin.create("framework/requirements", json(String.format(body, "2"))).getInt("validityMonths"));
    }

    @Test
    void capacityHoursPerWeekMustBeAWholeNumberInRange() {
        assertAll(Stream.of("37.9", "1e308").map(bad -> (Executable) () ->
                refusedAndUnchanged("POST", "micro-enterprises", ME_BODY.replace("Troon Home Help", "Capacity " + bad)
                        .replace("\"capacityHoursPerWeek\":30", "\"capacityHoursPerWeek\":" + bad), "capacityHoursPerWeek", "micro-enterprises")));
        JsonObject whole = admin.create("micro-enterprises", ME_BODY.replace("Troon Home Help", "Capacity 37")
                .replace("\"capacityHoursPerWeek\":30", "\"capacityHoursPerWeek\":37"));
        assertEquals(37, whole.getInt("capacityHoursPerWeek"));
    }

    @Test
    void employmentRiskWeeksMustBeAWholeNumber() {
        JsonObject p = admin.get("programme").json();
        String body = "{'programmeName':'" + p.getString("programmeName") + "','employmentRiskWeeks':%s,'evidenceWarningDays':30,'version':%d}";
        refusedAndUnchanged("PUT", "programme", json(String.format(body, "12.5", p.getJsonNumber("version").longValue())),
                "employmentRiskWeeks", "programme");
        Api.Answer saved = admin.put("programme", json(String.format(body, "13", admin.get("programme").json().getJsonNumber("version").longValue())));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(13, saved.json().getInt("employmentRiskWeeks"));
    }

    @Test
    void aTargetValueMustBeAWholeNumber() {
        refusedAndUnchanged("POST", "targets", json("{'metric':'LISTED_MICRO_ENTERPRISES','value':30.5,'periodStart':'2030-04-01','periodEnd':'2031-03-31'}"),
                "value", "targets");
        JsonObject target = admin.create("targets", json("{'metric':'LISTED_MICRO_ENTERPRISES','value':30,'periodStart':'2031-04-01','periodEnd':'2032-03-31'}"));
        assertEquals(30, target.getInt("value"));
    }

    @Test
    void aServiceNameMustBeAStringNotAnArray() {
        refusedAndUnchanged("POST", "services", json("{'code':'X1','name':['x','y']}"), "name", "services");
        assertTrue(list("services").stream().noneMatch(s -> s.getString("code").equals("X1")), "nothing was added");
        assertEquals("x", admin.create("services", json("{'code':'X1','name':'x'}")).getString("name"));
    }

    @Test
    void aRateKeepsItsType() {
        JsonObject rate = admin.create("rates", json("{'type':'DIRECT_PAYMENT','hourlyRate':'18.00','validFrom':'2040-01-01','validTo':'2040-12-31'}"));
        String path = "rates/" + rate.getString("id");
        String body = "{'type':'%s','hourlyRate':'18.00','validFrom':'2040-01-01','validTo':'2040-12-31','version':" + rate.getJsonNumber("version") + "}";
        refusedAndUnchanged("PUT", path, json(String.format(body, "AGENCY_HOME_CARE")), "type", path, "rates");
        assertEquals("DIRECT_PAYMENT", admin.get(path).json().getString("type"));
        Api.Answer same = admin.put(path, json(String.format(body, "DIRECT_PAYMENT")));
        assertEquals(200, same.status(), "the type it has is accepted: " + same);
    }

    @Test
    void aTargetKeepsItsMetric() {
        JsonObject target = admin.create("targets", json("{'metric':'SDS_OPTION_2_CLIENTS','value':12,'periodStart':'2040-01-01','periodEnd':'2040-12-31'}"));
        String path = "targets/" + target.getString("id");
        String body = "{'metric':'%s','value':%s,'periodStart':'2040-01-01','periodEnd':'2040-12-31','version':" + target.getJsonNumber("version") + "}";
        refusedAndUnchanged("PUT", path, json(String.format(body, "WEEKLY_SUPPORT_HOURS", "12")), "metric", path, "targets");
        assertEquals("SDS_OPTION_2_CLIENTS", admin.get(path).json().getString("metric"));
        Api.Answer same = admin.put(path, json(String.format(body, "SDS_OPTION_2_CLIENTS", "13")));
        assertEquals(200, same.status(), "the metric it has is accepted: " + same);
        assertEquals(13, same.json().getInt("value"));
    }

    @Test
    void aTargetValueOfFiveMegabytesIsRefused() {
        JsonObject target = admin.create("targets", json("{'metric':'SDS_OPTION_2_CLIENTS','value':12,'periodStart':'2041-01-01','periodEnd':'2041-12-31'}"));
        String path = "targets/" + target.getString("id");
        String body = "{'value':%s,'periodStart':'2041-01-01','periodEnd':'2041-12-31','version':" + target.getJsonNumber("version") + "}";
        refusedAndUnchanged("PUT", path, json(String.format(body, "1".repeat(5 * 1024 * 1024))), null, path, "targets");
        assertEquals(12, admin.get(path).json().getInt("value"));
        Api.Answer small = admin.put(path, json(String.format(body, "14")));
        assertEquals(200, small.status(), small.toString());
        assertEquals(14, small.json().getInt("value"));
    }

    @Test
    void theYearZeroIsNotADate() {
        refusedAndUnchanged("POST", "rates", json("{'type':'AGENCY_HOME_CARE','hourlyRate':'25.00','validFrom':'0000-01-01','validTo':'0000-12-31'}"),
                "validFrom", "rates");
        assertEquals("2001-01-01", admin.create("rates", json("{'type':'AGENCY_HOME_CARE','hourlyRate':'25.00','validFrom':'2001-01-01',"
                + "'validTo':'2001-12-31'}")).getString("validFrom"));
    }

    @Test
    void aNulCharacterInANameIsRefused() {
        String body = Json.createObjectBuilder().add("code", "NUL_TOWN").add("name", "Tro\u0000on").build().toString();
        refusedAndUnchanged("POST", "localities", body, "name", "localities");
        assertTrue(list("localities").stream().noneMatch(l -> l.getString("code").equals("NUL_TOWN")), "nothing was added");
        assertEquals("Troon North", admin.create("localities", json("{'code':'NUL_TOWN','name':'Troon North'}")).getString("name"));
    }

    @Test
    void aGrantIsNeverApprovedAboveTheAmountAppliedFor() {
        String scheme = admin.create("grant-schemes", json("{'name':'Above fund','budget':'10000.00','maxAward':'1000.00','opensOn':'2024-01-01'}"))
                .getString("id");
        String application = admin.create("grant-schemes/" + scheme + "/applications",
                json("{'microEnterpriseId':'" + meId + "','amount':'100.00','appliedOn':'2024-06-01'}")).getString("id");
        String decision = "grant-applications/" + application + "/decision";
        refusedAndUnchanged("POST", decision, json("{'decision':'APPROVED','amount':'500.00','decidedOn':'2024-06-02'}"), "amount",
                "grant-applications/" + application, "grant-schemes/" + scheme);
        assertEquals("PENDING", admin.get("grant-applications/" + application).json().getString("status"));
        assertEquals("0.00", admin.get("grant-schemes/" + scheme).json().getString("approved"));
        Api.Answer approved = admin.post(decision, json("{'decision':'APPROVED','amount':'100.00','decidedOn':'2024-06-02'}"));
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("100.00", approved.json().getString("decidedAmount"));
    }
}
