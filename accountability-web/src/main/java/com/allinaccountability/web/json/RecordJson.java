package com.allinaccountability.web.json;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.Control;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.Performance;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.Verification;
import com.allinaccountability.core.service.Permissions;
import com.allinaccountability.core.service.RecordView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * The whole record as {@code GET /issues/{issueKey}} and every write answer it. The field names of SPEC's REST table
 * are a public contract: add fields, never rename. Absent steps are {@code null}; dates are {@code yyyy-MM-dd}, times
 * ISO-8601 instants, users Jira user keys.
 *
 * @param revisions every expectation revision, oldest first, superseded ones included (the last is {@code expectation})
 * @param checkins oldest first, as recorded
 * @param permissions what the caller may do now; the server still checks every write
 * @param users the display name of every user key above, for showing people by name (keys stay the identifiers)
 * @param waitingForYou what of this issue waits for the caller now, most urgent first (added for "waiting for me")
 */
public record RecordJson(
        String issueKey,
        String projectKey,
        long version,
        String stage,
        List<String> health,
        ExpectationJson expectation,
        List<ExpectationJson> revisions,
        List<AlignmentJson> alignments,
        ControlJson control,
        List<DeclarationJson> ownership,
        RetrospectiveJson retrospective,
        VerificationJson verification,
        List<CheckInJson> checkins,
        PerformanceJson performance,
        boolean locked,
        PermissionsJson permissions,
        Map<String, String> users,
        List<WaitingJson.ForYou> waitingForYou) {

    public record ExpectationJson(
            String outcome, String why, String targetDate, String goalLink, int revision, String setBy,
            String setAt) {}

    public record AlignmentJson(
            String user, String state, String comment, String proposedDate, int revision, boolean current,
            String at) {}

    public record ControlJson(String levers, String support, int rating, String statedBy, String at) {}

    public record DeclarationJson(
            String user, String role, String statement, String declaredAt, String withdrawnAt,
            String withdrawReason, boolean active) {}

    public record RetrospectiveJson(
            String result, String evidence, String wentWell, String toImprove, String lessons,
            String nextCommitment, String author, String at, int judgedRevision) {}

    public record VerificationJson(String verifier, boolean agrees, String note, String at) {}

    public record CheckInJson(String user, String status, String note, String forecastDate, String at) {}

    /** Times in seconds, as Jira's REST answers {@code timeoriginalestimate} and {@code timespent}. */
    public record PerformanceJson(
            String status, String statusCategory, String assignee, String reporter, String dueDate, String created,
            String resolved, String agreedDate, Long daysLate, Boolean onTime, Long originalEstimate, Long timeSpent,
            Long daysFromAlignmentToResolution) {}

    /**
     * @param declare whether the caller may declare a role now (signed in, an expectation exists, they hold none)
     * @param withdraw whether the caller holds a role they may withdraw
     */
    public record PermissionsJson(
            boolean setExpectation, boolean align, boolean declare, boolean withdraw, boolean stateControl,
            boolean checkIn, boolean writeRetrospective, boolean verify, boolean reopen) {}

    public static RecordJson of(RecordView view) {
        AccountabilityRecord record = view.record();
        IssueFacts facts = view.facts();
        int current = record.currentRevision();
        return new RecordJson(
                facts.issueKey(),
                facts.projectKey(),
                record.version(),
                view.assessment().stage().name(),
                view.assessment().health().stream().sorted().map(HealthFlag::name).toList(),
                record.expectation().map(RecordJson::expectation).orElse(null),
                record.revisions().stream().map(RecordJson::expectation).toList(),
                record.alignments().stream().map(a -> alignment(a, current)).toList(),
                record.control().map(RecordJson::control).orElse(null),
                record.ownership().stream().map(RecordJson::declaration).toList(),
                record.retrospective().map(RecordJson::retrospective).orElse(null),
                record.verification().map(RecordJson::verification).orElse(null),
                record.checkins().stream().map(RecordJson::checkIn).toList(),
                performance(facts, view.assessment().performance()),
                record.locked(),
                permissions(view.permissions()),
                users(view),
                view.waitingForCaller().stream().map(WaitingJson.ForYou::of).toList());
    }

    private static Map<String, String> users(RecordView view) {
        Map<String, String> users = new TreeMap<>();
        view.people().forEach((key, name) -> users.put(key.value(), name));
        return users;
    }

    static ExpectationJson expectation(Expectation e) {
        return new ExpectationJson(e.outcome(), e.why(), date(e.targetDate()), e.goalLink(), e.revision(),
                user(e.setBy()), time(e.setAt()));
    }

    static AlignmentJson alignment(Alignment a, int currentRevision) {
        return new AlignmentJson(user(a.user()), a.state().name(), a.comment(), date(a.proposedDate()),
                a.revision(), a.isFor(currentRevision), time(a.at()));
    }

    static ControlJson control(Control c) {
        return new ControlJson(c.levers(), c.support(), c.rating(), user(c.statedBy()), time(c.at()));
    }

    static DeclarationJson declaration(OwnershipDeclaration d) {
        return new DeclarationJson(user(d.user()), d.role().name(), d.statement(), time(d.declaredAt()),
                d.withdrawnAt().map(RecordJson::time).orElse(null),
                d.withdrawnAt().isPresent() ? d.withdrawReason() : null, d.isActive());
    }

    static RetrospectiveJson retrospective(Retrospective r) {
        return new RetrospectiveJson(r.result().name(), r.evidence(), r.wentWell(), r.toImprove(), r.lessons(),
                r.nextCommitment(), user(r.author()), time(r.at()), r.judgedRevision());
    }

    static VerificationJson verification(Verification v) {
        return new VerificationJson(user(v.verifier()), v.agrees(), v.note(), time(v.at()));
    }

    static CheckInJson checkIn(CheckIn c) {
        return new CheckInJson(user(c.user()), c.status().name(), c.note(), date(c.forecastDate()), time(c.at()));
    }

    static PerformanceJson performance(IssueFacts f, Performance p) {
        return new PerformanceJson(f.status(), f.statusCategory().key(), user(f.assignee()), user(f.reporter()),
                date(f.dueDate()), time(f.created()), f.resolved().map(RecordJson::time).orElse(null),
                date(p.agreedDate()), p.daysLate().orElse(null), p.onTime().orElse(null),
                f.originalEstimateSeconds().orElse(null), f.timeSpentSeconds().orElse(null),
                p.daysFromAlignmentToResolution().orElse(null));
    }

    static PermissionsJson permissions(Permissions a) {
        return new PermissionsJson(a.setExpectation(), a.align(), a.declare(), a.withdraw(), a.stateControl(),
                a.checkIn(), a.writeRetrospective(), a.verify(), a.reopen());
    }

    private static String user(UserKey user) {
        return user.value();
    }

    private static String user(Optional<UserKey> user) {
        return user.map(UserKey::value).orElse(null);
    }

    private static String date(LocalDate date) {
        return date.toString();
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    static String time(Instant instant) {
        return instant.toString();
    }
}
