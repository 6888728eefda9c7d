package com.allinaccountability.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JiraReportClientTest {
    private final ApplicationLinkService links = mock(ApplicationLinkService.class);
    private final ApplicationLink link = mock(ApplicationLink.class);
    private final ApplicationLinkRequestFactory factory = mock(ApplicationLinkRequestFactory.class);
    private final ApplicationLinkRequest request = mock(ApplicationLinkRequest.class);
    private final JiraReportClient client = new JiraReportClient(links);
    private static final Optional<LocalDate> FROM = Optional.of(LocalDate.parse("2026-01-01"));
    private static final Optional<LocalDate> TO = Optional.of(LocalDate.parse("2026-03-31"));

    @BeforeEach
    void linked() throws Exception {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(link);
        when(link.createAuthenticatedRequestFactory()).thenReturn(factory);
        when(factory.createRequest(eq(Request.MethodType.GET), anyString())).thenReturn(request);
    }

    @Test
    void reads_the_report_as_the_viewing_user_through_the_primary_jira_link() throws Exception {
        answer(200, "{\"projectKey\":\"ACC\"}");

        JiraReport report = client.fetch("ACC", FROM, TO);

        assertThat(report).isEqualTo(new JiraReport.Fetched("{\"projectKey\":\"ACC\"}"));
        verify(factory).createRequest(Request.MethodType.GET,
                "/rest/accountability/1.0/reports/projects/ACC?from=2026-01-01&to=2026-03-31");
        verify(request).setSoTimeout(JiraReportClient.TIMEOUT_MILLIS);
    }

    @Test
    void no_link_is_said_plainly() {
        when(links.getPrimaryApplicationLink(JiraApplicationType.class)).thenReturn(null);

        assertThat(client.fetch("ACC", FROM, TO)).isInstanceOf(JiraReport.NoLink.class);
    }

    @Test
    void a_user_who_has_not_authorised_gets_the_authorisation_link() throws Exception {
        CredentialsRequiredException needed = mock(CredentialsRequiredException.class);
        when(needed.getAuthorisationURI()).thenReturn(URI.create("https://jira.example/oauth"));
        when(factory.createRequest(eq(Request.MethodType.GET), anyString())).thenThrow(needed);

        assertThat(client.fetch("ACC", FROM, TO))
                .isEqualTo(new JiraReport.NeedsAuthorisation(URI.create("https://jira.example/oauth")));
    }

    @Test
    void jira_refusing_the_user_is_no_permission() throws Exception {
        for (int status : new int[] {401, 403, 404}) {
            answer(status, "{}");
            assertThat(client.fetch("ACC", FROM, TO)).isEqualTo(new JiraReport.NoPermission(status));
        }
    }

    @Test
    void jira_not_answering_is_unreachable_not_an_exception() throws Exception {
        when(request.execute(any(ApplicationLinkResponseHandler.class)))
                .thenThrow(new ResponseException("Connection refused"));

        assertThat(client.fetch("ACC", FROM, TO)).isInstanceOfSatisfying(JiraReport.Unreachable.class,
                u -> assertThat(u.detail()).contains("Connection refused"));

        answer(502, "Bad gateway");
        assertThat(client.fetch("ACC", FROM, TO)).isInstanceOf(JiraReport.Unreachable.class);
    }

    @Test
    void a_400_says_what_jira_said_not_its_json() throws Exception {
        answer(400, "{\"errorMessages\":[\"The period is too long.\"],\"errors\":{\"from\":\"Not a date.\"}}");
        assertThat(client.fetch("ACC", FROM, TO))
                .isEqualTo(new JiraReport.Refused("The period is too long. from: Not a date."));

        answer(400, "<html>proxy says no</html>" + "x".repeat(5000));
        assertThat(client.fetch("ACC", FROM, TO)).isEqualTo(new JiraReport.Refused("The request was not valid."));

        answer(400, "{\"errorMessages\":[\"" + "y".repeat(1000) + "\"]}");
        assertThat(client.fetch("ACC", FROM, TO)).isInstanceOfSatisfying(JiraReport.Refused.class,
                r -> assertThat(r.message()).hasSize(301).endsWith("…"));
    }

    @Test
    void the_project_key_is_encoded_into_the_path() {
        assertThat(JiraReportClient.path("A B/../x", Optional.empty(), Optional.empty()))
                .isEqualTo("/rest/accountability/1.0/reports/projects/A%20B%2F..%2Fx");
    }

    @SuppressWarnings("unchecked")
    private void answer(int status, String body) throws Exception {
        Response response = mock(Response.class);
        when(response.getStatusCode()).thenReturn(status);
        when(response.getResponseBodyAsString()).thenReturn(body);
        when(request.execute(any(ApplicationLinkResponseHandler.class))).thenAnswer(invocation ->
                ((ApplicationLinkResponseHandler<JiraReport>) invocation.getArgument(0)).handle(response));
    }
}
