package com.allinaccountability.web.rest;

import com.allinaccountability.core.digest.DigestRun;
import com.allinaccountability.core.digest.DigestService;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code POST /digests/run}: an administrator's "send now". Runs the same digests the schedule does, answering what
 * the run did; digests already sent in their period are not sent again.
 */
@Path("/digests")
@Produces(MediaType.APPLICATION_JSON)
public final class DigestResource {
    private final DigestService digests;

    public DigestResource(DigestService digests) {
        this.digests = digests;
    }

    @POST
    @Path("/run")
    public Response run(@Context SecurityContext security) {
        return Responses.of(digests.runNow(Callers.of(security)), RunJson::of);
    }

    /** What the run did; see {@link DigestRun}. */
    public record RunJson(int recordsIndexed, int sent, int failed, int alreadySent, long reconcileMillis,
            long personalMillis, long projectMillis) {
        static RunJson of(DigestRun run) {
            return new RunJson(run.recordsIndexed(), run.sent(), run.failed(), run.alreadySent(),
                    run.reconcileMillis(), run.personalMillis(), run.projectMillis());
        }
    }
}
