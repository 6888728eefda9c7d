package com.allinaccountability.confluence;

import com.allinaccountability.web.AccountabilityRestApi;
import com.atlassian.applinks.api.ApplicationLink;
import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.ApplicationLinkService;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.applinks.api.application.jira.JiraApplicationType;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a project report from Jira's REST API through the primary Jira application link, as the viewing user
 * (an authenticated request factory acts for the current user), so Jira trims the report to what that user may browse.
 */
public final class JiraReportClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REFUSAL = 300;
    static final int TIMEOUT_MILLIS = 10_000;

    private final ApplicationLinkService links;

    public JiraReportClient(ApplicationLinkService links) {
        this.links = links;
    }

    public JiraReport fetch(String projectKey, Optional<LocalDate> from, Optional<LocalDate> to) {
        ApplicationLink link = links.getPrimaryApplicationLink(JiraApplicationType.class);
        if (link == null) {
            return new JiraReport.NoLink();
        }
        ApplicationLinkRequestFactory factory = link.createAuthenticatedRequestFactory();
        try {
            ApplicationLinkRequest request = factory.createRequest(Request.MethodType.GET, path(projectKey, from, to));
            request.setConnectionTimeout(TIMEOUT_MILLIS);
            request.setSoTimeout(TIMEOUT_MILLIS);
            request.setHeader("Accept", "application/json");
            return request.execute(new ApplicationLinkResponseHandler<JiraReport>() {
                @Override
                public JiraReport credentialsRequired(Response response) {
                    return new JiraReport.NeedsAuthorisation(factory.getAuthorisationURI());
                }

                @Override
                public JiraReport handle(Response response) throws ResponseException {
                    return answer(response);
                }
            });
        } catch (CredentialsRequiredException e) {
            return new JiraReport.NeedsAuthorisation(e.getAuthorisationURI());
        } catch (ResponseException | RuntimeException e) {
            return new JiraReport.Unreachable(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static JiraReport answer(Response response) throws ResponseException {
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
            return new JiraReport.Fetched(response.getResponseBodyAsString());
        }
        if (status == 401 || status == 403 || status == 404) {
            return new JiraReport.NoPermission(status);
        }
        if (status == 400) {
            return new JiraReport.Refused(refusal(response.getResponseBodyAsString()));
        }
        return new JiraReport.Unreachable("HTTP " + status + " " + Optional.ofNullable(response.getStatusText())
                .orElse(""));
    }

    /**
     * What Jira's error collection says, as readers can take it: its messages and its per-field errors, not the JSON
     * itself, and no more than {@value #MAX_REFUSAL} characters.
     */
    static String refusal(String body) {
        List<String> said = new ArrayList<>();
        try {
            JsonNode errors = JSON.readTree(body == null ? "" : body);
            if (errors != null) {
                errors.path("errorMessages").forEach(message -> said.add(message.asText()));
                errors.path("errors").fields().forEachRemaining(field ->
                        said.add(field.getKey() + ": " + field.getValue().asText()));
            }
        } catch (IOException unreadable) {
            // not Jira's error collection: say nothing of its content
        }
        String text = said.isEmpty() ? "The request was not valid." : String.join(" ", said);
        return text.length() <= MAX_REFUSAL ? text : text.substring(0, MAX_REFUSAL) + "…";
    }

    /** The REST path relative to the link's base URL; the project key and dates are encoded, never concatenated raw. */
    static String path(String projectKey, Optional<LocalDate> from, Optional<LocalDate> to) {
        StringBuilder path = new StringBuilder(AccountabilityRestApi.BASE_PATH + "/reports/projects/")
                .append(URLEncoder.encode(projectKey, StandardCharsets.UTF_8).replace("+", "%20"));
        String separator = "?";
        if (from.isPresent()) {
            path.append(separator).append("from=").append(from.get());
            separator = "&";
        }
        if (to.isPresent()) {
            path.append(separator).append("to=").append(to.get());
        }
        return path.toString();
    }
}
