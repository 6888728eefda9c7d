package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Control;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.Verification;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Records for generated issues ({@code --generate N}), so scale tests read and aggregate real rows: every issue gets
 * an expectation; how far it goes follows its status (started issues are aligned and owned, with check-ins; done
 * ones mostly have a retrospective, half of those verified). Built straight from the model and saved once per issue,
 * with one history event per step; the same issue id always gives the same record.
 */
final class GeneratedRecords {
    private static final UserKey LEAD = UserKey.of("alice");

    private final RecordStore store;
    private final Issues issues;

    GeneratedRecords(RecordStore store, Issues issues) {
        this.store = store;
        this.issues = issues;
    }

    /**
     * Gives the issues records: their facts in one query per thousand keys, and the records stored as first versions
     * together ({@link RecordStore#insertFirstVersions}: in the AO store one transaction and one batch per table per
     * thousand), which stores what a save of each would.
     */
    void add(List<String> issueKeys) {
        Map<String, IssueFacts> facts = issues.byKeys(issueKeys);
        List<RecordStore.FirstVersion> records = new ArrayList<>(issueKeys.size());
        for (String key : issueKeys) {
            IssueFacts issue = facts.get(key);
            if (issue != null) {
                records.add(firstVersion(issue));
            }
        }
        store.insertFirstVersions(records);
    }

    /** The record an issue gets and its history, the same for the same issue. */
    static RecordStore.FirstVersion firstVersion(IssueFacts issue) {
        SplittableRandom random = new SplittableRandom(issue.issueId());
        List<HistoryEvent> history = new ArrayList<>();
        UserKey setter = issue.reporter().orElse(LEAD);
        Instant at = issue.created().plus(Duration.ofHours(1));
        LocalDate target = issue.dueDate().orElse(LocalDate.ofInstant(issue.created(), ZoneOffset.UTC).plusDays(14));
        String why = random.nextInt(10) == 0 ? "" : "Generated why " + issue.issueId();
        AccountabilityRecord record = AccountabilityRecord.empty(issue.issueId(), issue.projectId()).withRevisions(
                List.of(new Expectation(1, "Generated outcome for " + issue.issueKey(), why, target, "",
                        setter, at)));
        history.add(event(issue, at, setter, "expectation.revision", "1"));
        Optional<UserKey> owner = issue.assignee();
        boolean started = issue.statusCategory() != StatusCategory.NEW || random.nextBoolean();
        if (owner.isPresent() && started) {
            at = at.plus(Duration.ofHours(2));
            record = record.withAlignments(List.of(new Alignment(owner.get(), AlignmentState.ALIGNED, "",
                    Optional.empty(), 1, at)));
            history.add(event(issue, at, owner.get(), "alignment." + owner.get().value(), "ALIGNED on revision 1"));
            if (issue.statusCategory() != StatusCategory.NEW) {
                record = record.withOwnership(List.of(OwnershipDeclaration.declared(owner.get(), OwnershipRole.OWNER,
                        "Generated statement", at)));
                history.add(event(issue, at, owner.get(), "ownership.OWNER", owner.get().value()));
                if (random.nextBoolean()) {
                    record = record.withControl(new Control("Generated levers", "", 1 + random.nextInt(5),
                            owner.get(), at));
                    history.add(event(issue, at, owner.get(), "control.levers", "Generated levers"));
                }
                List<CheckIn> checkins = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    at = at.plus(Duration.ofDays(2));
                    checkins.add(new CheckIn(owner.get(), CheckInStatus.values()[random.nextInt(3)], "",
                            Optional.empty(),
                            at));
                    history.add(event(issue, at, owner.get(), "checkin", checkins.get(checkins.size() - 1).status()));
                }
                record = record.withCheckins(checkins);
            }
            if (issue.statusCategory() == StatusCategory.DONE && random.nextInt(5) > 0) {
                Instant written = issue.resolved().orElse(at).plus(Duration.ofHours(3));
                RetrospectiveResult[] results = RetrospectiveResult.values();
                RetrospectiveResult result = results[random.nextInt(results.length)];
                record = record.withRetrospective(new Retrospective(result, "Generated evidence", "", "",
                        random.nextInt(3) == 0 ? "Generated lesson " + issue.issueKey() : "", "", owner.get(),
                        written, 1));
                history.add(event(issue, written, owner.get(), "retrospective.result", result));
                if (random.nextBoolean() && !setter.equals(owner.get())) {
                    Instant verified = written.plus(Duration.ofHours(5));
                    record = record.withVerification(Optional.of(new Verification(setter, random.nextInt(4) > 0, "",
                            verified)));
                    history.add(event(issue, verified, setter, "verification", "agrees"));
                }
            }
        }
        return new RecordStore.FirstVersion(record, history);
    }

    private static HistoryEvent event(IssueFacts issue, Instant at, UserKey user, String field, Object to) {
        return new HistoryEvent(issue.issueId(), at, user, field, "", String.valueOf(to));
    }
}
