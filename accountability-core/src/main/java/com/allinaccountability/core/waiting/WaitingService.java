package com.allinaccountability.core.waiting;

import com.allinaccountability.core.rules.WaitingRules;
import com.allinaccountability.core.model.WaitingItem;
import com.allinaccountability.core.model.WaitingStep;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.port.Issues;
import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.Rights;
import com.allinaccountability.core.port.WaitingIndex;
import com.allinaccountability.core.rules.Violations;
import com.allinaccountability.core.service.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Waiting for me": what waits for the caller across the projects they may browse, and keeping the {@link
 * WaitingIndex} in step with the records and the host's issues.
 */
public final class WaitingService {
    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE = 100;
    /** Issues indexed per round trip when refreshing many. */
    static final int BATCH = 500;

    private final RecordStore store;
    private final WaitingIndex index;
    private final Issues issues;
    private final Rights rights;
    private final Clock clock;

    /** {@code store} is the undecorated store: this service is what keeps the index after its saves. */
    public WaitingService(RecordStore store, WaitingIndex index, Issues issues, Rights rights, Clock clock) {
        this.store = store;
        this.index = index;
        this.issues = issues;
        this.rights = rights;
        this.clock = clock;
    }

    /**
     * A page of what waits for the caller, most urgent first: a constant number of queries whatever the page or the
     * caller's history (the projects that hold anything for them, the page, its count, its issues). Steps of projects
     * the caller may no longer browse are not counted; an issue hidden from them by issue-level security is left off
     * its page.
     */
    public Outcome<WaitingPage> mine(Caller caller, int startAt, int maxResults) {
        if (caller.user().isEmpty()) {
            return new Outcome.NotSignedIn<>();
        }
        Violations violations = new Violations();
        if (startAt < 0) {
            violations.field("startAt", "Must be 0 or more.");
        }
        if (maxResults < 1 || maxResults > MAX_PAGE) {
            violations.field("maxResults", "Must be between 1 and " + MAX_PAGE + ".");
        }
        if (violations.any()) {
            return new Outcome.Invalid<>(violations.fields(), violations.messages());
        }
        UserKey user = caller.user().get();
        Instant now = clock.instant();
        Set<Long> projects = browsableProjects(caller, user);
        if (projects.isEmpty()) {
            return Outcome.done(new WaitingPage(startAt, maxResults, 0, List.of()));
        }
        List<WaitingStep> steps = index.open(user, projects, now, startAt, maxResults);
        int total = index.countOpen(user, projects, now);
        return Outcome.done(new WaitingPage(startAt, maxResults, total, visibleItems(caller, steps)));
    }

    /** How many steps wait for the caller (0 for nobody signed in): the header's badge. */
    public int countMine(Caller caller) {
        if (caller.user().isEmpty()) {
            return 0;
        }
        Set<Long> projects = browsableProjects(caller, caller.user().get());
        return projects.isEmpty() ? 0 : index.countOpen(caller.user().get(), projects, clock.instant());
    }

    /** What of this issue waits for the caller now, most urgent first (the panel's "You: ..." line). */
    public List<WaitingStep> onIssue(Caller caller, IssueFacts facts, AccountabilityRecord record) {
        if (caller.user().isEmpty() || !rights.canBrowse(caller, facts)) {
            return List.of();
        }
        return WaitingRules.forUser(record, facts, store.checkinCadenceDays(facts.projectId()), clock.getZone(),
                caller.user().get(), clock.instant());
    }

    /** Re-derives the entries of these issues from their records and facts (after a save, or a change of the issue). */
    public void refresh(Collection<Long> issueIds) {
        List<Long> ids = List.copyOf(issueIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            index(store.loadAll(batch), batch);
        }
    }

    /** Re-derives the entries of a saved record: the index's part of a save. */
    public void refresh(AccountabilityRecord saved) {
        index(Map.of(saved.issueId(), saved), List.of(saved.issueId()));
    }

    /** Re-derives every entry of a project (its check-in cadence changed, say). */
    public void refreshProject(long projectId) {
        List<AccountabilityRecord> page = new ArrayList<>();
        store.forEachInProject(projectId, record -> {
            page.add(record);
            if (page.size() == BATCH) {
                indexPage(page);
            }
        });
        indexPage(page);
    }

    /**
     * Re-derives every entry from every record, a page at a time in bounded memory, and rewrites the issues whose
     * entries differ from the stored ones (usually none): run before each digest run, it repairs what a crash between
     * a save and its indexing, or a missed host event, left behind.
     *
     * @return how many records were indexed
     */
    public int reconcile() {
        List<AccountabilityRecord> page = new ArrayList<>();
        int[] count = {0};
        store.forEachRecord(record -> {
            page.add(record);
            count[0]++;
            if (page.size() == BATCH) {
                indexPage(page);
            }
        });
        indexPage(page);
        removeOrphans();
        return count[0];
    }

    /** Drops the entries of issues whose record is gone (a deletion the index missed). */
    private void removeOrphans() {
        long after = Long.MIN_VALUE;
        while (true) {
            List<Long> indexed = index.issuesAfter(after, BATCH);
            if (indexed.isEmpty()) {
                return;
            }
            Set<Long> stored = store.loadAll(indexed).keySet();
            List<Long> orphans = indexed.stream().filter(id -> !stored.contains(id)).toList();
            if (!orphans.isEmpty()) {
                index.remove(orphans);
            }
            after = indexed.get(indexed.size() - 1);
        }
    }

    private void indexPage(List<AccountabilityRecord> page) {
        if (page.isEmpty()) {
            return;
        }
        Map<Long, AccountabilityRecord> records = page.stream()
                .collect(Collectors.toMap(AccountabilityRecord::issueId, r -> r, (a, b) -> b));
        index(records, List.copyOf(records.keySet()), true);
        page.clear();
    }

    private void index(Map<Long, AccountabilityRecord> records, List<Long> issueIds) {
        index(records, issueIds, false);
    }

    /** Derives the issues' entries and writes them; with {@code onlyChanged}, only those that differ from the index. */
    private void index(Map<Long, AccountabilityRecord> records, List<Long> issueIds, boolean onlyChanged) {
        Map<Long, IssueFacts> facts = issues.byIds(issueIds);
        Map<Long, Integer> cadences = new HashMap<>();
        Map<Long, List<WaitingStep>> steps = new HashMap<>();
        List<Long> gone = new ArrayList<>();
        for (long issueId : issueIds) {
            IssueFacts issue = facts.get(issueId);
            if (issue == null) {
                gone.add(issueId);
                continue;
            }
            AccountabilityRecord record = records.get(issueId);
            steps.put(issueId, record == null ? List.of() : WaitingRules.of(record, issue,
                    cadences.computeIfAbsent(issue.projectId(), store::checkinCadenceDays), clock.getZone()));
        }
        if (onlyChanged) {
            Map<Long, List<WaitingStep>> stored = index.stepsOf(steps.keySet());
            steps.entrySet().removeIf(derived -> Set.copyOf(derived.getValue())
                    .equals(Set.copyOf(stored.getOrDefault(derived.getKey(), List.of()))));
        }
        if (!gone.isEmpty()) {
            index.remove(gone);
        }
        if (!steps.isEmpty()) {
            index.replace(steps);
        }
    }

    private Set<Long> browsableProjects(Caller caller, UserKey user) {
        return index.projectsOf(user).stream()
                .filter(projectId -> rights.canBrowseProject(caller, projectId))
                .collect(Collectors.toSet());
    }

    /** The steps with their issues, leaving off issues that are gone or hidden from the caller. */
    List<WaitingItem> visibleItems(Caller caller, List<WaitingStep> steps) {
        Map<Long, IssueFacts> facts = issues.byIds(steps.stream().map(WaitingStep::issueId).distinct().toList());
        Set<Long> browsable = rights.browsable(caller, facts.values());
        List<WaitingItem> items = new ArrayList<>();
        for (WaitingStep step : steps) {
            IssueFacts issue = facts.get(step.issueId());
            if (issue != null && browsable.contains(step.issueId())) {
                items.add(new WaitingItem(step, issue));
            }
        }
        return items;
    }
}
