package com.allinaccountability.core.port;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.WaitingStep;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What waits for whom, derived from the records and their issues' facts by {@code WaitingRules} and kept so that a
 * person's list and the digests need no scan of all records. It is an index, not a record: {@code WaitingService}
 * rewrites an issue's entries after every save and every change of the issue the host reports, and reconciles all of
 * them on each digest run, so an entry lost to a crash between a save and its indexing is put right on the next run.
 *
 * <p>Implementations answer each method with a constant number of indexed queries.
 */
public interface WaitingIndex {

    /** Replaces every entry of each issue in {@code stepsByIssue} (all users) with its steps; an empty list clears it. */
    void replace(Map<Long, List<WaitingStep>> stepsByIssue);

    /**
     * The stored entries of these issues, by issue id (issues without entries are left out), in one query per few
     * hundred issues: the reconciliation compares them with what the rules derive and rewrites only what differs.
     */
    Map<Long, List<WaitingStep>> stepsOf(Collection<Long> issueIds);

    /** Removes the entries of these issues (deleted, say). */
    void remove(Collection<Long> issueIds);

    /** Removes the entries of every issue of a deleted project. */
    void removeProject(long projectId);

    /**
     * The ids of indexed issues greater than {@code afterIssueId}, ascending, at most {@code maxResults}: the
     * reconciliation walks them to drop entries of records that no longer exist.
     */
    List<Long> issuesAfter(long afterIssueId, int maxResults);

    /** The projects in which anything waits for {@code user}, open or not yet due. */
    Set<Long> projectsOf(UserKey user);

    /**
     * The steps open at {@code now} that wait for {@code user} in {@code projectIds}, in {@link WaitingStep#BY_URGENCY}
     * order, from {@code startAt}, at most {@code maxResults}.
     */
    List<WaitingStep> open(UserKey user, Set<Long> projectIds, Instant now, int startAt, int maxResults);

    /** How many steps {@link #open} would list in all. */
    int countOpen(UserKey user, Set<Long> projectIds, Instant now);

    /**
     * The steps open at {@code now} of the first {@code maxUsers} users whose key sorts after {@code afterUser} (all
     * users when it is {@code null}), by user key and then in {@link WaitingStep#BY_URGENCY} order: digest runs walk
     * every user a page at a time with it.
     */
    List<WaitingStep> openForUsersAfter(UserKey afterUser, int maxUsers, Instant now);
}
