package org.microcare.interfaces.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.domain.shared.Violation;

/** The errors of the form on this request, by field id, in the order they were found (GOV.UK error summary). */
@Named("errors")
@RequestScoped
public class FormErrors {

    /** One entry of the error summary (a class, not a record: EL 5 reads only getters). */
    public static final class FieldError {
        private final String field;
        private final String message;

        FieldError(String field, String message) {
            this.field = field;
            this.message = message;
        }

        public String getField() {
            return field;
        }

        public String getMessage() {
            return message;
        }
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void add(String field, String message) {
        byField.putIfAbsent(fieldId(field), message);
    }

    public void addAll(List<Violation> violations) {
        violations.forEach(v -> add(v.field(), v.message()));
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** For views: {@code empty} is a reserved word in EL. */
    public boolean isAny() {
        return !byField.isEmpty();
    }

    public List<FieldError> getList() {
        return byField.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }

    /** aria-describedby for an input: its hint and its error, or null when it has neither. */
    public String describedBy(String field, boolean hasHint) {
        String ids = ((hasHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).trim();
        return ids.isEmpty() ? null : ids;
    }

    public static String fieldId(String field) {
        return field == null ? "form" : field.replace('.', '-');
    }
}
