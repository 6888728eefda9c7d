package com.allinaccountability.web.rest;

import com.allinaccountability.core.digest.MyPreferences;
import com.allinaccountability.core.model.DigestFrequency;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.web.json.Parse;
import com.allinaccountability.web.json.WaitingJson;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/**
 * {@code /myself/...}: what waits for the signed-in caller, and their own preferences. Anonymous callers get 401.
 */
@Path("/myself")
@Produces(MediaType.APPLICATION_JSON)
public final class MyselfResource {
    static final int DEFAULT_PAGE = 50;

    private final WaitingService waiting;
    private final MyPreferences preferences;

    public MyselfResource(WaitingService waiting, MyPreferences preferences) {
        this.waiting = waiting;
        this.preferences = preferences;
    }

    /** {@code ?startAt=0&maxResults=50}: a page of what waits for the caller, most urgent (overdue) first. */
    @GET
    @Path("/actions")
    public Response actions(
            @QueryParam("startAt") String startAt,
            @QueryParam("maxResults") String maxResults,
            @Context SecurityContext security) {
        Parse parse = new Parse();
        int start = parse.whole("startAt", startAt, 0, "");
        int max = parse.whole("maxResults", maxResults, DEFAULT_PAGE, " from 1 to " + WaitingService.MAX_PAGE);
        if (parse.failed()) {
            return Responses.invalid(parse.violations());
        }
        return Responses.of(waiting.mine(Callers.of(security), start, max), WaitingJson.Page::of);
    }

    @GET
    @Path("/preferences")
    public Response preferences(@Context SecurityContext security) {
        return Responses.of(preferences.digest(Callers.of(security)), MyselfResource::json);
    }

    /** {@code {"digest": "DAILY" | "WEEKLY" | "NONE"}}; other values and unknown fields are refused with 400. */
    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPreferences(PreferencesBody body, @Context SecurityContext security) {
        if (body == null) {
            return Responses.noJsonObject();
        }
        return Responses.of(preferences.setDigest(Callers.of(security), Optional.ofNullable(body.digest())),
                MyselfResource::json);
    }

    /** The body of {@code PUT /myself/preferences}. */
    public record PreferencesBody(DigestFrequency digest) {}

    private static WaitingJson.PreferencesJson json(DigestFrequency digest) {
        return new WaitingJson.PreferencesJson(digest.name());
    }
}
