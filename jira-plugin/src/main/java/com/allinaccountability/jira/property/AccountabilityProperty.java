package com.allinaccountability.jira.property;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.model.UserKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The issue entity property {@value #KEY} that JQL searches: {@code {"stage": ..., "owner": ..., "result": ...,
 * "health": [...]}}. {@code owner} (a user key) and {@code result} are {@code null} while there is none; health flags
 * are in their declaration order so equal records give byte-equal JSON. The descriptor's
 * {@code index-document-configuration} extracts these four paths.
 */
public record AccountabilityProperty(Stage stage, Optional<UserKey> owner, Optional<String> result,
        List<HealthFlag> health) {

    /** The entity property key; the descriptor's {@code property-key} must match. */
    public static final String KEY = "accountability";

    public AccountabilityProperty {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(result, "result");
        health = health.stream().sorted().toList();
    }

    public static AccountabilityProperty of(AccountabilityRecord record, Assessment assessment) {
        return new AccountabilityProperty(assessment.stage(), record.owner(),
                record.retrospective().map(r -> r.result().name()), List.copyOf(assessment.health()));
    }

    public String toJson() {
        StringBuilder json = new StringBuilder(96).append('{');
        json.append("\"stage\":").append(quoted(stage.name()));
        json.append(",\"owner\":").append(owner.map(o -> quoted(o.value())).orElse("null"));
        json.append(",\"result\":").append(result.map(AccountabilityProperty::quoted).orElse("null"));
        json.append(",\"health\":[");
        for (int i = 0; i < health.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quoted(health.get(i).name()));
        }
        return json.append("]}").toString();
    }

    /** A JSON string literal; user keys are free text in Jira, so every character that JSON requires is escaped. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // U+2028/2029 are legal JSON but break JavaScript that evals it; escape them with the controls.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
