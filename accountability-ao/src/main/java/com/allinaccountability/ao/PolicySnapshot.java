package com.allinaccountability.ao;

import com.allinaccountability.core.model.PolicyRule;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.StatusCategory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A policy's rules and issue types as one JSON text in its policy row ({@code POLICY.SNAPSHOT}), so that reading a
 * policy, which every gate check does, is one query instead of three. As with {@link RecordSnapshot}, the rule and
 * issue-type rows stay the truth: the snapshot is written with them in one transaction and read only when its format
 * is {@link #FORMAT}, it was written for the row's current version, and it parses; otherwise the rows are read.
 *
 * <p>The text: {@code {"format":1,"issueTypes":["Bug","Story"],"rules":[{"to":"DONE","requires":["..."]}]}}, issue
 * types sorted, rules in their order, requirements sorted by name.
 */
final class PolicySnapshot {

    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A policy's rules and issue types, read back from its snapshot. */
    record Content(Set<String> issueTypes, List<PolicyRule> rules) {
    }

    private PolicySnapshot() {
    }

    static String write(Set<String> issueTypes, List<PolicyRule> rules) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode types = root.putArray("issueTypes");
        new TreeSet<>(issueTypes).forEach(types::add);
        ArrayNode ruleNodes = root.putArray("rules");
        for (PolicyRule rule : rules) {
            ObjectNode node = ruleNodes.addObject();
            node.put("to", rule.toStatusCategory().name());
            ArrayNode requires = node.putArray("requires");
            rule.requirements().stream().map(Requirement::name).sorted().forEach(requires::add);
        }
        return root.toString();
    }

    /**
     * What the snapshot holds, if it is one this code reads and was written for {@code version}; empty otherwise
     * (the caller reads the rows).
     */
    static java.util.Optional<Content> read(String text, Long snapshotVersion, long version) {
        if (text == null || snapshotVersion == null || snapshotVersion != version) {
            return java.util.Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || root.path("format").asInt(-1) != FORMAT) {
                return java.util.Optional.empty();
            }
            Set<String> types = new TreeSet<>();
            for (JsonNode type : required(root, "issueTypes")) {
                types.add(type.textValue());
            }
            List<PolicyRule> rules = new ArrayList<>();
            for (JsonNode rule : required(root, "rules")) {
                Set<Requirement> requirements = EnumSet.noneOf(Requirement.class);
                for (JsonNode name : required(rule, "requires")) {
                    requirements.add(Requirement.valueOf(name.textValue()));
                }
                rules.add(new PolicyRule(StatusCategory.valueOf(rule.path("to").textValue()), requirements));
            }
            return java.util.Optional.of(new Content(types, rules));
        } catch (java.io.IOException | RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalStateException("no array " + field);
        }
        return value;
    }
}
