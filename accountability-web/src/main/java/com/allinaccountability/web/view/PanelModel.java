package com.allinaccountability.web.view;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Control;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.OwnershipDeclaration;
import com.allinaccountability.core.model.OwnershipRole;
import com.allinaccountability.core.model.Performance;
import com.allinaccountability.core.model.RetrospectiveResult;
import com.allinaccountability.core.model.Retrospective;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.Verification;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.RecordView;
import com.allinaccountability.web.json.Json;
import com.allinaccountability.web.json.RecordJson;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Everything the issue panel template shows, ready to print: the template only reads these getters (listed in the
 * Velocity allowlist) and escapes every value. Built per request by the host from the service's {@link RecordView}.
 */
public final class PanelModel {
    private final RecordView view;
    private final AccountabilityRecord record;
    private final Caller caller;
    private final String restBaseUrl;
    private final Messages messages;
    private final Formats formats;

    /**
     * @param restBaseUrl where the REST API is mounted as the browser sees it,
             e.g. {@code /jira/rest/accountability/1.0}
     * @param zone the viewer's time zone for times shown
     */
    public PanelModel(RecordView view, Caller caller, String restBaseUrl, Messages messages, ZoneId zone) {
        this.view = view;
        this.record = view.record();
        this.caller = caller;
        this.restBaseUrl = restBaseUrl;
        this.messages = messages;
        this.formats = new Formats(zone);
    }

    // --- for the script

    public String getIssueKey() {
        return view.facts().issueKey();
    }

    public String getRestBaseUrl() {
        return restBaseUrl;
    }

    /** The record as the REST API answers it, so the script starts from the same state it later re-renders. */
    public String getRecordJson() {
        return Json.write(RecordJson.of(view));
    }

    /** The bundle's texts, so the script needs no host i18n API. */
    public String getI18nJson() {
        return Json.write(messages.all("accountability."));
    }

    public String getCallerKey() {
        return caller.user().map(UserKey::value).orElse("");
    }

    // --- stage and health

    public String getStage() {
        return view.assessment().stage().name();
    }

    public String getStageLabel() {
        return messages.getText("accountability.stage." + getStage());
    }

    public String getStageLozenge() {
        Stage stage = view.assessment().stage();
        return switch (stage) {
            case NONE -> "";
            case VERIFIED -> "aui-lozenge-success";
            case RETROSPECTIVE_WRITTEN -> "aui-lozenge-moved";
            default -> "aui-lozenge-current";
        };
    }

    /** What of this issue waits for the viewer ("You: verify the retrospective"), most urgent first. */
    public List<OptionView> getWaitingForYou() {
        return view.waitingForCaller().stream()
                .map(step -> new OptionView(step.action().name(),
                        messages.getText("accountability.action." + step.action().name()), false))
                .toList();
    }

    public List<OptionView> getHealthFlags() {
        return view.assessment().health().stream().sorted()
                .map(f -> new OptionView(f.name(), messages.getText("accountability.health." + f.name()),
                        warning(f)))
                .toList();
    }

    public boolean isLocked() {
        return record.locked();
    }

    public PermissionsView getPermissions() {
        return new PermissionsView(view.permissions());
    }

    public LimitsView getLimits() {
        return new LimitsView();
    }

    // --- step 1 and the why

    public EntryView getExpectation() {
        return record.expectation().map(e -> expectation(e, true)).orElse(null);
    }

    /** Earlier revisions, newest first: superseded, never lost. */
    public List<EntryView> getSupersededRevisions() {
        List<Expectation> revisions = record.revisions();
        List<EntryView> superseded = new ArrayList<>();
        for (int i = revisions.size() - 2; i >= 0; i--) {
            superseded.add(expectation(revisions.get(i), false));
        }
        return superseded;
    }

    public String getWhy() {
        return record.expectation().map(Expectation::why).orElse("");
    }

    public String getOutcome() {
        return record.expectation().map(Expectation::outcome).orElse("");
    }

    public String getTargetDate() {
        return record.expectation().map(e -> e.targetDate().toString()).orElse("");
    }

    public String getGoalLink() {
        return record.expectation().map(Expectation::goalLink).orElse("");
    }

    public int getRevision() {
        return record.currentRevision();
    }

    // --- step 2: alignment

    public List<EntryView> getAlignments() {
        int current = record.currentRevision();
        return record.alignments().stream().sorted(Comparator.comparing(Alignment::at).reversed())
                .map(a -> new EntryView(view.displayName(a.user()), formats.time(a.at()),
                        a.isFor(current) ? a.state().name() : "PENDING",
                        a.isFor(current) ? label("alignment.state", a.state())
                                : messages.format("accountability.alignment.stale", a.revision()),
                        a.isFor(current) && a.state() == AlignmentState.ALIGNED ? "aui-lozenge-success"
                                : a.isFor(current) ? "aui-lozenge-error" : "",
                        fields(field("comment", "accountability.alignment.comment", a.comment()),
                                field("proposedDate", "accountability.alignment.proposedDate",
                                        Formats.date(a.proposedDate()))),
                        a.isFor(current)))
                .toList();
    }

    public List<OptionView> getAlignmentStates() {
        Optional<AlignmentState> mine = caller.user().flatMap(record::currentAlignmentOf).map(Alignment::state);
        return options(AlignmentState.values(), "alignment.state", mine);
    }

    // --- step 3: control

    public EntryView getControl() {
        return record.control().map(c -> new EntryView(view.displayName(c.statedBy()), formats.time(c.at()),
                String.valueOf(c.rating()), messages.format("accountability.control.ratingOf", c.rating()), "",
                fields(field("levers", "accountability.control.levers", c.levers()),
                        field("support", "accountability.control.support", c.support())), true))
                .orElse(null);
    }

    public String getLevers() {
        return record.control().map(Control::levers).orElse("");
    }

    public String getSupport() {
        return record.control().map(Control::support).orElse("");
    }

    public List<OptionView> getRatings() {
        int rating = record.control().map(Control::rating).orElse(0);
        return IntStream.rangeClosed(Control.MIN_RATING, Control.MAX_RATING)
                .mapToObj(r -> new OptionView(String.valueOf(r),
                        messages.getText("accountability.control.rating." + r), r == rating))
                .toList();
    }

    // --- step 4: ownership

    /** Every declaration, newest first; withdrawn ones stay with their reason. */
    public List<EntryView> getDeclarations() {
        return record.ownership().stream().sorted(Comparator.comparing(OwnershipDeclaration::declaredAt).reversed())
                .map(d -> new EntryView(view.displayName(d.user()), formats.time(d.declaredAt()), d.role().name(),
                        label("ownership.role", d.role()), d.isActive() ? "aui-lozenge-current" : "",
                        fields(field("statement", "accountability.ownership.statement", d.statement()),
                                field("withdrawnAt", "accountability.ownership.withdrawnAt",
                                        formats.time(d.withdrawnAt())),
                                field("withdrawReason", "accountability.ownership.withdrawReason",
                                        d.withdrawnAt().isPresent() ? d.withdrawReason() : "")),
                        d.isActive()))
                .toList();
    }

    public List<OptionView> getRoles() {
        return options(OwnershipRole.values(), "ownership.role", Optional.empty());
    }

    /** The caller's active role, for the withdrawal form; empty when they hold none. */
    public String getMyRole() {
        return caller.user().flatMap(record::activeDeclarationOf).map(d -> d.role().name()).orElse("");
    }

    public String getMyRoleLabel() {
        return caller.user().flatMap(record::activeDeclarationOf).map(d -> label("ownership.role", d.role()))
                .orElse("");
    }

    // --- check-ins

    /** Newest first; the first is the latest. */
    /** Newest first: check-ins are append only, so the reverse of their posting order (the latest is the last). */
    public List<EntryView> getCheckins() {
        List<EntryView> newestFirst = new ArrayList<>(record.checkins().stream().map(this::checkIn).toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Every check-in but the latest, newest first: the latest's history. */
    public List<EntryView> getEarlierCheckins() {
        List<EntryView> all = getCheckins();
        return all.isEmpty() ? all : all.subList(1, all.size());
    }

    public EntryView getLatestCheckin() {
        List<EntryView> all = getCheckins();
        return all.isEmpty() ? null : all.get(0);
    }

    public List<OptionView> getCheckinStatuses() {
        return options(CheckInStatus.values(), "checkin.status", Optional.empty());
    }

    // --- step 5: retrospective and verification

    public EntryView getRetrospective() {
        return record.retrospective().map(r -> new EntryView(view.displayName(r.author()), formats.time(r.at()),
                r.result().name(), label("retrospective.result", r.result()), result(r.result()),
                fields(field("evidence", "accountability.retrospective.evidence", r.evidence()),
                        field("wentWell", "accountability.retrospective.wentWell", r.wentWell()),
                        field("toImprove", "accountability.retrospective.toImprove", r.toImprove()),
                        field("lessons", "accountability.retrospective.lessons", r.lessons()),
                        field("nextCommitment", "accountability.retrospective.nextCommitment", r.nextCommitment()),
                        field("judgedRevision", "accountability.retrospective.judgedRevision",
                                String.valueOf(r.judgedRevision()))),
                true)).orElse(null);
    }

    public List<OptionView> getResults() {
        return options(RetrospectiveResult.values(), "retrospective.result",
                record.retrospective().map(Retrospective::result));
    }

    public String getEvidence() {
        return record.retrospective().map(Retrospective::evidence).orElse("");
    }

    public String getWentWell() {
        return record.retrospective().map(Retrospective::wentWell).orElse("");
    }

    public String getToImprove() {
        return record.retrospective().map(Retrospective::toImprove).orElse("");
    }

    public String getLessons() {
        return record.retrospective().map(Retrospective::lessons).orElse("");
    }

    public String getNextCommitment() {
        return record.retrospective().map(Retrospective::nextCommitment).orElse("");
    }

    public EntryView getVerification() {
        return record.verification().map(v -> new EntryView(view.displayName(v.verifier()), formats.time(v.at()),
                v.agrees() ? "AGREES" : "DISAGREES",
                messages.getText(v.agrees() ? "accountability.verification.agrees"
                        : "accountability.verification.disagrees"),
                v.agrees() ? "aui-lozenge-success" : "aui-lozenge-error",
                fields(field("note", "accountability.verification.note", v.note())), true)).orElse(null);
    }

    // --- performance facts

    public List<FieldView> getPerformance() {
        IssueFacts f = view.facts();
        Performance p = view.assessment().performance();
        return fields(
                field("status", "accountability.performance.status", f.status()),
                field("assignee", "accountability.performance.assignee", user(f.assignee())),
                field("reporter", "accountability.performance.reporter", user(f.reporter())),
                field("dueDate", "accountability.performance.dueDate", Formats.date(f.dueDate())),
                field("created", "accountability.performance.created", formats.time(f.created())),
                field("resolved", "accountability.performance.resolved", formats.time(f.resolved())),
                field("agreedDate", "accountability.performance.agreedDate", Formats.date(p.agreedDate())),
                field("daysLate", "accountability.performance.daysLate",
                        p.daysLate().map(String::valueOf).orElse("")),
                field("onTime", "accountability.performance.onTime", p.onTime()
                        .map(on -> messages.getText(on ? "accountability.yes" : "accountability.no")).orElse("")),
                field("daysFromAlignmentToResolution", "accountability.performance.daysFromAlignmentToResolution",
                        p.daysFromAlignmentToResolution().map(String::valueOf).orElse("")),
                field("originalEstimate", "accountability.performance.originalEstimate",
                        Formats.duration(f.originalEstimateSeconds())),
                field("timeSpent", "accountability.performance.timeSpent", Formats.duration(f.timeSpentSeconds())));
    }

    // --- helpers

    private EntryView expectation(Expectation e, boolean current) {
        return new EntryView(view.displayName(e.setBy()), formats.time(e.setAt()), String.valueOf(e.revision()),
                messages.format("accountability.expectation.revisionOf", e.revision()), "",
                fields(field("outcome", "accountability.expectation.outcome", e.outcome()),
                        field("why", "accountability.expectation.why", e.why()),
                        field("targetDate", "accountability.expectation.targetDate", e.targetDate().toString()),
                        field("goalLink", "accountability.expectation.goalLink", e.goalLink())),
                current);
    }

    private EntryView checkIn(CheckIn c) {
        return new EntryView(view.displayName(c.user()), formats.time(c.at()), c.status().name(),
                label("checkin.status", c.status()),
                switch (c.status()) {
                    case ON_TRACK -> "aui-lozenge-success";
                    case AT_RISK -> "aui-lozenge-current";
                    case OFF_TRACK -> "aui-lozenge-error";
                },
                fields(field("note", "accountability.checkin.note", c.note()),
                        field("forecastDate", "accountability.checkin.forecastDate",
                                Formats.date(c.forecastDate()))),
                true);
    }

    private static String result(RetrospectiveResult result) {
        return switch (result) {
            case EXCEEDED, MET -> "aui-lozenge-success";
            case PARTIALLY_MET -> "aui-lozenge-current";
            case NOT_MET -> "aui-lozenge-error";
        };
    }

    private static boolean warning(HealthFlag flag) {
        return flag != HealthFlag.AWAITING_VERIFICATION;
    }

    private <E extends Enum<E>> List<OptionView> options(E[] values, String group, Optional<E> selected) {
        List<OptionView> options = new ArrayList<>();
        for (E value : values) {
            options.add(new OptionView(value.name(), label(group, value), selected.map(value::equals).orElse(false)));
        }
        return options;
    }

    private String label(String group, Enum<?> value) {
        return messages.getText("accountability." + group + "." + value.name());
    }

    private FieldView field(String name, String labelKey, String value) {
        return new FieldView(name, messages.getText(labelKey), value);
    }

    /** The fields that have a value: an empty line says nothing. */
    private static List<FieldView> fields(FieldView... fields) {
        List<FieldView> shown = new ArrayList<>();
        for (FieldView field : fields) {
            if (!field.getValue().isBlank()) {
                shown.add(field);
            }
        }
        return shown;
    }

    private String user(Optional<UserKey> user) {
        return user.map(view::displayName).orElse("");
    }
}
