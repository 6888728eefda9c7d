package com.allinaccountability.jira.digest;

import com.allinaccountability.core.digest.DigestRun;
import com.allinaccountability.core.digest.DigestService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest run, as Jira's scheduler calls it: {@link DigestService#run()} reconciles the waiting index, then sends
 * every digest that is due and not yet sent for its period. Running it more often than the periods is harmless: the
 * digest ledger sends each digest once per period whatever the number of runs and nodes.
 */
public class DigestJob implements JobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);

    private final DigestService digests;

    public DigestJob(DigestService digests) {
        this.digests = digests;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            return JobRunnerResponse.success(summary(digests.run()));
        } catch (RuntimeException e) {
            LOG.error("The accountability digest run failed; digests not sent are sent by the next run", e);
            return JobRunnerResponse.failed(e);
        }
    }

    /** What a run did, for the scheduler's history. */
    static String summary(DigestRun run) {
        return "Indexed " + run.recordsIndexed() + " record(s); sent " + run.sent() + " digest(s), " + run.failed()
                + " failed (tried again next run), " + run.alreadySent() + " already sent this period";
    }
}
