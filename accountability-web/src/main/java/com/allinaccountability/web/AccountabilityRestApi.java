package com.allinaccountability.web;

import com.allinaccountability.core.report.ReportService;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.core.service.GateService;
import com.allinaccountability.core.service.PolicyService;
import com.allinaccountability.web.rest.ErrorMappers;
import com.allinaccountability.web.rest.IssueResource;
import com.allinaccountability.web.rest.JsonBodyProvider;
import com.allinaccountability.web.rest.JsonOnlyWrites;
import com.allinaccountability.web.rest.ProjectPolicyResource;
import com.allinaccountability.web.report.ReportViews;
import com.allinaccountability.web.rest.ReportResource;
import com.allinaccountability.web.rest.RequestBodyLimit;
import com.allinaccountability.web.velocity.Views;
import com.allinaccountability.core.digest.DigestService;
import com.allinaccountability.core.digest.MyPreferences;
import com.allinaccountability.core.waiting.WaitingService;
import com.allinaccountability.web.rest.DigestResource;
import com.allinaccountability.web.rest.MyselfResource;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a host registers to serve the REST API, in one place, so the sandbox and the Jira plugin serve the same
 * thing. Mount it at {@code /rest/accountability/1.0}.
 *
 * <p>Sandbox (Jersey): {@code new ResourceConfig().registerInstances(AccountabilityRestApi.components(a, g, p, r, zone))},
 * plus the host's own authentication (it must set the {@code SecurityContext}, see {@link
 * com.allinaccountability.web.rest.Callers}) and its XSRF check. Jira: declare the {@link #resources} as beans and
 * list {@link #PROVIDER_CLASSES} (all have public no-argument constructors) in the REST module's package scan.
 */
public final class AccountabilityRestApi {
    /** The REST API's base path under the host's context path. */
    public static final String BASE_PATH = "/rest/accountability/1.0";

    /** JSON reading and writing, the 413 and 415 guards and the error-collection mappers. */
    public static final List<Class<?>> PROVIDER_CLASSES = List.of(
            JsonBodyProvider.class,
            RequestBodyLimit.class,
            JsonOnlyWrites.class,
            ErrorMappers.WebApplicationErrors.class,
            ErrorMappers.UnexpectedErrors.class);

    private AccountabilityRestApi() {}

    /**
     * The resource instances; each is stateless apart from the services it is given.
     *
     * @param zone the zone report dates and times are shown in (the host's default time zone)
     */
    public static List<Object> resources(AccountabilityService accountability, GateService gates,
            PolicyService policies, ReportService reports, ZoneId zone) {
        return List.of(new IssueResource(accountability, gates), new ProjectPolicyResource(policies),
                new ReportResource(reports, new ReportViews(new Views()), zone));
    }

    /**
     * The resources with "waiting for me", preferences and digests ({@code /myself}, {@code /digests}) as well.
     */
    public static List<Object> resources(AccountabilityService accountability, GateService gates,
            PolicyService policies, ReportService reports, WaitingService waiting, MyPreferences preferences,
            DigestService digests, ZoneId zone) {
        List<Object> all = new java.util.ArrayList<>(resources(accountability, gates, policies, reports, zone));
        all.add(new MyselfResource(waiting, preferences));
        all.add(new DigestResource(digests));
        return List.copyOf(all);
    }

    /** {@link #resources(AccountabilityService, GateService, PolicyService, ReportService, WaitingService,
     * MyPreferences, DigestService, ZoneId)} and the providers, for {@code ResourceConfig#registerInstances(Set)}. */
    public static Set<Object> components(AccountabilityService accountability, GateService gates,
            PolicyService policies, ReportService reports, WaitingService waiting, MyPreferences preferences,
            DigestService digests, ZoneId zone) {
        Set<Object> all = new LinkedHashSet<>(
                resources(accountability, gates, policies, reports, waiting, preferences, digests, zone));
        all.addAll(providers());
        return all;
    }

    /** One instance of each provider. */
    public static List<Object> providers() {
        return List.of(new JsonBodyProvider(), new RequestBodyLimit(), new JsonOnlyWrites(),
                new ErrorMappers.WebApplicationErrors(), new ErrorMappers.UnexpectedErrors());
    }

    /** Resources and providers together, ready for {@code ResourceConfig#registerInstances(Set)}. */
    public static Set<Object> components(AccountabilityService accountability, GateService gates,
            PolicyService policies, ReportService reports, ZoneId zone) {
        Set<Object> all = new LinkedHashSet<>(resources(accountability, gates, policies, reports, zone));
        all.addAll(providers());
        return all;
    }
}
