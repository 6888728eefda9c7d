package com.allinaccountability.jira.property;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily job that keeps the JQL property true when time alone changes an issue's flags (a target date passing, a
 * check-in cadence running out): {@link PropertyRefresher#refreshWhatTimeChanged} over the time since this node's
 * last complete run. A node's first run looks back two intervals, so one missed run changes nothing; after a longer
 * outage, a flag that time turned on earlier than that waits for the next change. A run in which some
 * property could not be written does not move the start of the next run's window, so those issues are tried again.
 * Runs move between nodes (once per cluster), and each node remembers only its own: a node's window can be wider
 * than a day, which may rewrite some properties twice.
 */
public class PropertyRefreshJob implements JobRunner {
    /** How often the job runs (see {@link PropertyRefreshSchedule}). */
    static final Duration INTERVAL = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(PropertyRefreshJob.class);

    private final PropertyRefresher refresher;
    private final Clock clock;
    /** Where the next run's window starts: the end of the last complete run, or the start of a failed one. */
    private volatile Instant nextSince;

    public PropertyRefreshJob(PropertyRefresher refresher, Clock clock) {
        this.refresher = refresher;
        this.clock = clock;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            return JobRunnerResponse.success(run());
        } catch (RuntimeException e) {
            LOG.error("The accountability property refresh failed; it runs again at its next time", e);
            return JobRunnerResponse.failed(e);
        }
    }

    /** One run; returns what it did, for the scheduler's history. */
    String run() {
        Instant now = clock.instant();
        Instant since = nextSince != null ? nextSince : now.minus(INTERVAL.multipliedBy(2));
        PropertyRefresher.Refresh refresh = refresher.refreshWhatTimeChanged(since, now);
        nextSince = refresh.failed() == 0 ? now : since;
        return "Rewrote the accountability property of " + refresh.written() + " issue(s) whose flags time changed "
                + "since " + since + (refresh.failed() == 0 ? "" : "; " + refresh.failed() + " could not be written "
                + "and are tried again on the next run");
    }
}
