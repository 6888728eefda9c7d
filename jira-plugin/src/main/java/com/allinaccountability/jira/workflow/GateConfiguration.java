package com.allinaccountability.jira.workflow;

import com.allinaccountability.core.model.Requirement;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How one workflow validator or condition is configured, as stored in the workflow descriptor's arguments (all
 * Strings): {@value #REQUIREMENTS} (a comma list of {@link Requirement} names) or {@value #USE_POLICY}{@code =true},
 * plus {@value #OWNER_MUST_BE_ASSIGNEE} and an optional comma list of {@value #ISSUE_TYPES} names. Unknown requirement
 * names in stored arguments are ignored (a workflow saved by a newer version must not break a transition), while the
 * configuration form refuses them.
 */
public record GateConfiguration(boolean usePolicy, Set<Requirement> requirements, boolean ownerMustBeAssignee,
        Set<String> issueTypes) {

    public static final String REQUIREMENTS = "requirements";
    public static final String USE_POLICY = "usePolicy";
    public static final String OWNER_MUST_BE_ASSIGNEE = "ownerMustBeAssignee";
    public static final String ISSUE_TYPES = "issueTypes";

    public GateConfiguration {
        requirements = requirements.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(requirements));
        issueTypes = Set.copyOf(issueTypes);
        Objects.requireNonNull(requirements);
    }

    /** Whether the gate applies to an issue of this type (no types configured: every type). */
    public boolean appliesTo(String issueType) {
        return issueTypes.isEmpty() || issueTypes.contains(issueType);
    }

    /** The requirements in {@link Requirement} order, for templates and messages. */
    public List<Requirement> orderedRequirements() {
        return requirements.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(requirements));
    }

    /** Reads the stored descriptor arguments (a raw map in OSWorkflow). */
    public static GateConfiguration fromArgs(Map<?, ?> args) {
        if (args == null) {
            return new GateConfiguration(false, Set.of(), false, Set.of());
        }
        boolean usePolicy = "true".equalsIgnoreCase(text(args.get(USE_POLICY)));
        Set<Requirement> requirements = EnumSet.noneOf(Requirement.class);
        for (String name : commaList(text(args.get(REQUIREMENTS)))) {
            parseRequirement(name).ifPresent(requirements::add);
        }
        boolean ownerMustBeAssignee = "true".equalsIgnoreCase(text(args.get(OWNER_MUST_BE_ASSIGNEE)));
        return new GateConfiguration(usePolicy, requirements, ownerMustBeAssignee,
                new LinkedHashSet<>(commaList(text(args.get(ISSUE_TYPES)))));
    }

    /**
     * Reads the submitted configuration form, whose values Jira hands over as {@code String[]} (checkboxes repeat the
     * name; text fields have one element).
     *
     * @throws IllegalArgumentException naming what is wrong (an unknown requirement, or neither requirements nor
     *     the project policy chosen)
     */
    /** Whether the form chose neither a requirement nor the project policy. */
    static boolean nothingChosen(Map<String, Object> formParams) {
        return values(formParams.get(USE_POLICY)).stream().noneMatch("true"::equalsIgnoreCase)
                && values(formParams.get(REQUIREMENTS)).stream().allMatch(value -> commaList(value).isEmpty());
    }

    public static GateConfiguration fromForm(Map<String, Object> formParams) {
        boolean usePolicy = values(formParams.get(USE_POLICY)).stream().anyMatch("true"::equalsIgnoreCase);
        Set<Requirement> requirements = EnumSet.noneOf(Requirement.class);
        for (String value : values(formParams.get(REQUIREMENTS))) {
            for (String name : commaList(value)) {
                requirements.add(parseRequirement(name).orElseThrow(() ->
                        new IllegalArgumentException("Unknown accountability requirement: " + name)));
            }
        }
        if (!usePolicy && requirements.isEmpty()) {
            throw new IllegalArgumentException(
                    "Choose at least one accountability requirement, or use the project policy.");
        }
        boolean ownerMustBeAssignee =
                values(formParams.get(OWNER_MUST_BE_ASSIGNEE)).stream().anyMatch("true"::equalsIgnoreCase);
        Set<String> issueTypes = new LinkedHashSet<>();
        for (String value : values(formParams.get(ISSUE_TYPES))) {
            issueTypes.addAll(commaList(value));
        }
        return new GateConfiguration(usePolicy, usePolicy ? Set.of() : requirements, ownerMustBeAssignee,
                issueTypes);
    }

    /** The descriptor arguments to store: Strings only, as OSWorkflow's XML keeps them. */
    public Map<String, String> toArgs() {
        Map<String, String> args = new LinkedHashMap<>();
        args.put(USE_POLICY, Boolean.toString(usePolicy));
        args.put(REQUIREMENTS, String.join(",", orderedRequirements().stream().map(Enum::name).toList()));
        args.put(OWNER_MUST_BE_ASSIGNEE, Boolean.toString(ownerMustBeAssignee));
        args.put(ISSUE_TYPES, String.join(",", issueTypes.stream().sorted().toList()));
        return args;
    }

    private static java.util.Optional<Requirement> parseRequirement(String name) {
        try {
            return java.util.Optional.of(Requirement.valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static List<String> values(Object formValue) {
        if (formValue instanceof String[] array) {
            return Arrays.asList(array);
        }
        if (formValue instanceof String single) {
            return List.of(single);
        }
        if (formValue instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> commaList(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
