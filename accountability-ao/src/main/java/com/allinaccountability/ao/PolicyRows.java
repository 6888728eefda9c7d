package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.columns;

import com.allinaccountability.ao.entity.PolicyEntity;
import com.allinaccountability.ao.entity.PolicyIssueTypeEntity;
import com.allinaccountability.ao.entity.PolicyRuleEntity;
import com.allinaccountability.core.model.PolicyRule;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.model.Requirement;
import com.allinaccountability.core.model.StatusCategory;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every mapping of a project policy's rows: the columns reads select, rows to the core's {@link ProjectPolicy} and back. */
final class PolicyRows {

    static final String SELECT = String.join(",", PolicyEntity.PROJECT_ID, PolicyEntity.VERSION,
            PolicyEntity.OWNER_IS_ASSIGNEE, PolicyEntity.CADENCE_DAYS);

    /** {@link #SELECT} and the snapshot of the rules and issue types. */
    static final String SELECT_SNAPSHOT = String.join(",", SELECT, PolicyEntity.SNAPSHOT_VERSION,
            PolicyEntity.SNAPSHOT);

    static final String SELECT_CADENCE = String.join(",", PolicyEntity.PROJECT_ID, PolicyEntity.CADENCE_DAYS);

    static final String SELECT_RULE = String.join(",", PolicyRuleEntity.PROJECT_ID, PolicyRuleEntity.SEQ_NO,
            PolicyRuleEntity.TO_CATEGORY, PolicyRuleEntity.REQUIREMENTS);

    static final String SELECT_TYPE = String.join(",", PolicyIssueTypeEntity.PROJECT_ID,
            PolicyIssueTypeEntity.ISSUE_TYPE);

    private PolicyRows() {
    }

    static ProjectPolicy policy(PolicyEntity row, List<PolicyRuleEntity> rules, List<PolicyIssueTypeEntity> types) {
        return new ProjectPolicy(
                row.getProjectId(),
                types.stream().map(PolicyIssueTypeEntity::getIssueType).collect(Collectors.toSet()),
                rules.stream().map(PolicyRows::rule).toList(),
                row.isOwnerIsAssignee(),
                row.getCadenceDays(),
                row.getVersion());
    }

    /** The policy its row's snapshot holds, if the row has a current, readable one (see {@link PolicySnapshot}). */
    static java.util.Optional<ProjectPolicy> fromSnapshot(PolicyEntity row) {
        return PolicySnapshot.read(row.getSnapshot(), row.getSnapshotVersion(), row.getVersion())
                .map(content -> new ProjectPolicy(row.getProjectId(), content.issueTypes(), content.rules(),
                        row.isOwnerIsAssignee(), row.getCadenceDays(), row.getVersion()));
    }

    static void write(ProjectPolicy policy, long version, PolicyEntity row) {
        row.setVersion(version);
        row.setOwnerIsAssignee(policy.ownerMustBeAssignee());
        row.setCadenceDays(policy.checkinCadenceDays());
        row.setSnapshotVersion(version);
        row.setSnapshot(PolicySnapshot.write(policy.issueTypes(), policy.rules()));
    }

    static Map<String, Object> newPolicy(ProjectPolicy policy, long version) {
        return columns(
                PolicyEntity.PROJECT_ID, policy.projectId(),
                PolicyEntity.VERSION, version,
                PolicyEntity.OWNER_IS_ASSIGNEE, policy.ownerMustBeAssignee(),
                PolicyEntity.CADENCE_DAYS, policy.checkinCadenceDays(),
                PolicyEntity.SNAPSHOT_VERSION, version,
                PolicyEntity.SNAPSHOT, PolicySnapshot.write(policy.issueTypes(), policy.rules()));
    }

    private static PolicyRule rule(PolicyRuleEntity row) {
        String names = Columns.emptyIfNull(row.getRequirements());
        Set<Requirement> requirements = EnumSet.noneOf(Requirement.class);
        if (!names.isEmpty()) {
            Arrays.stream(names.split(",")).map(Requirement::valueOf).forEach(requirements::add);
        }
        return new PolicyRule(StatusCategory.valueOf(row.getToCategory()), requirements);
    }

    static Map<String, Object> rule(long projectId, int position, PolicyRule rule) {
        String names = rule.requirements().stream().sorted().map(Requirement::name).collect(Collectors.joining(","));
        return columns(
                PolicyRuleEntity.PROJECT_ID, projectId,
                PolicyRuleEntity.SEQ_NO, position,
                PolicyRuleEntity.TO_CATEGORY, rule.toStatusCategory().name(),
                PolicyRuleEntity.REQUIREMENTS, Columns.nullIfEmpty(names));
    }

    static Map<String, Object> issueType(long projectId, String issueType) {
        if (issueType.isBlank()) {
            throw new IllegalArgumentException("A policy's issue type cannot be blank");
        }
        return columns(
                PolicyIssueTypeEntity.PROJECT_ID, projectId,
                PolicyIssueTypeEntity.ISSUE_TYPE, issueType);
    }
}
