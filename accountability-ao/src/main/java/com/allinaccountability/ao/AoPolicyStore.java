package com.allinaccountability.ao;

import static com.allinaccountability.ao.Columns.columns;
import static com.allinaccountability.ao.Pages.read;

import com.allinaccountability.ao.entity.PolicyEntity;
import com.allinaccountability.ao.entity.PolicyIssueTypeEntity;
import com.allinaccountability.ao.entity.PolicyLedgerEntity;
import com.allinaccountability.ao.entity.PolicyRuleEntity;
import com.allinaccountability.core.model.PolicyRule;
import com.allinaccountability.core.model.ProjectPolicy;
import com.allinaccountability.core.port.RecordStore.PolicySaveResult;
import java.util.List;
import java.util.Objects;
import net.java.ao.Query;

/**
 * The project policies of the core's {@code RecordStore} on Active Objects; {@link AoRecordStore} delegates its policy
 * methods here.
 *
 * <p>A save is guarded as a record's is: it first inserts the next version's row into the policy ledger
 * ({@link PolicyLedgerEntity}, unique key), so the database decides which of two writers from the same version wins;
 * conflicts are retried and then answered as stale by {@link Transactions#saveVersioned}. {@link #policy} runs one
 * query: the policy row holds its rules and issue types as a snapshot ({@link PolicySnapshot}); a row without a
 * current one (written before snapshots, or by a writer that does not know them) costs three more, in a transaction.
 * {@link #checkinCadenceDays} runs one.
 */
final class AoPolicyStore {

    private final AoSession session;
    private final Transactions transactions;

    AoPolicyStore(Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.session = transactions.session();
    }

    ProjectPolicy policy(long projectId) {
        // One statement, outside a transaction: the row and its snapshot of rules and issue types are read at once.
        List<PolicyEntity> rows = read(session, PolicyEntity.class,
                Query.select(PolicyRows.SELECT_SNAPSHOT).where(PolicyEntity.PROJECT_ID + " = ?", projectId));
        if (rows.isEmpty()) {
            return ProjectPolicy.none(projectId);
        }
        return PolicyRows.fromSnapshot(rows.get(0)).orElseGet(() -> fromRows(projectId));
    }

    /** The policy from its rows, read in one transaction so that they belong to one version. */
    private ProjectPolicy fromRows(long projectId) {
        return transactions.run(() -> {
            List<PolicyEntity> rows = read(session, PolicyEntity.class,
                    Query.select(PolicyRows.SELECT).where(PolicyEntity.PROJECT_ID + " = ?", projectId));
            if (rows.isEmpty()) {
                return ProjectPolicy.none(projectId);
            }
            List<PolicyRuleEntity> rules = read(session, PolicyRuleEntity.class, Query.select(PolicyRows.SELECT_RULE)
                    .where(PolicyRuleEntity.PROJECT_ID + " = ?", projectId)
                    .order(PolicyRuleEntity.SEQ_NO + " ASC"));
            List<PolicyIssueTypeEntity> types = read(session, PolicyIssueTypeEntity.class,
                    Query.select(PolicyRows.SELECT_TYPE).where(PolicyIssueTypeEntity.PROJECT_ID + " = ?", projectId));
            return PolicyRows.policy(rows.get(0), rules, types);
        });
    }

    int checkinCadenceDays(long projectId) {
        List<PolicyEntity> rows = read(session, PolicyEntity.class,
                Query.select(PolicyRows.SELECT_CADENCE).where(PolicyEntity.PROJECT_ID + " = ?", projectId));
        return rows.isEmpty() ? ProjectPolicy.DEFAULT_CHECKIN_CADENCE_DAYS : rows.get(0).getCadenceDays();
    }

    PolicySaveResult savePolicy(ProjectPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (policy.version() < 0) {
            throw new IllegalArgumentException("A policy's version is 0 or more, was " + policy.version());
        }
        return transactions.saveVersioned(policy.version(), () -> write(policy),
                () -> policy(policy.projectId()).version(),
                saved -> new PolicySaveResult.Saved(policy.withVersion(saved)),
                PolicySaveResult.Stale::new,
                "Policy save of project " + policy.projectId());
    }

    private long write(ProjectPolicy policy) {
        long projectId = policy.projectId();
        long next = policy.version() + 1;
        session.createAll(PolicyLedgerEntity.class, List.of(columns(
                PolicyLedgerEntity.PROJECT_ID, projectId,
                PolicyLedgerEntity.VERSION, next,
                PolicyLedgerEntity.PROJECT_VERSION, projectId + ":" + next)));

        PolicyEntity[] rows = session.find(PolicyEntity.class,
                Query.select().where(PolicyEntity.PROJECT_ID + " = ?", projectId));
        long stored = rows.length == 0 ? 0 : rows[0].getVersion();
        if (stored != policy.version()) {
            throw new Transactions.StaleVersion(stored);
        }
        if (rows.length == 0) {
            session.create(PolicyEntity.class, PolicyRows.newPolicy(policy, next));
        } else {
            PolicyRows.write(policy, next, rows[0]);
            rows[0].save();
        }
        // A policy is a handful of rows: replace them rather than diff them.
        session.deleteWithSQL(PolicyRuleEntity.class, PolicyRuleEntity.PROJECT_ID + " = ?", projectId);
        session.deleteWithSQL(PolicyIssueTypeEntity.class, PolicyIssueTypeEntity.PROJECT_ID + " = ?", projectId);
        List<PolicyRule> rules = policy.rules();
        for (int position = 0; position < rules.size(); position++) {
            session.create(PolicyRuleEntity.class, PolicyRows.rule(projectId, position, rules.get(position)));
        }
        for (String issueType : policy.issueTypes().stream().sorted().toList()) {
            session.create(PolicyIssueTypeEntity.class, PolicyRows.issueType(projectId, issueType));
        }
        session.deleteWithSQL(PolicyLedgerEntity.class,
                PolicyLedgerEntity.PROJECT_ID + " = ? AND " + PolicyLedgerEntity.VERSION + " < ?", projectId, next);
        return next;
    }

    /** Deletes the project's policy, in one transaction. */
    void deleteProject(long projectId) {
        transactions.run(() -> {
            session.deleteWithSQL(PolicyRuleEntity.class, PolicyRuleEntity.PROJECT_ID + " = ?", projectId);
            session.deleteWithSQL(PolicyIssueTypeEntity.class, PolicyIssueTypeEntity.PROJECT_ID + " = ?", projectId);
            session.deleteWithSQL(PolicyLedgerEntity.class, PolicyLedgerEntity.PROJECT_ID + " = ?", projectId);
            session.deleteWithSQL(PolicyEntity.class, PolicyEntity.PROJECT_ID + " = ?", projectId);
            return null;
        });
    }
}
