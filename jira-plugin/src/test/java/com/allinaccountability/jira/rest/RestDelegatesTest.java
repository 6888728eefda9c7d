package com.allinaccountability.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allinaccountability.core.port.Caller;
import com.allinaccountability.jira.host.JiraCallers;
import com.allinaccountability.web.json.Bodies.ExpectationBody;
import com.allinaccountability.web.rest.DigestResource;
import com.allinaccountability.web.rest.IssueResource;
import com.allinaccountability.web.rest.MyselfResource;
import com.allinaccountability.web.rest.ProjectPolicyResource;
import com.allinaccountability.web.rest.ReportResource;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The Jira delegates against the web layer's resources: every endpoint of the web layer has exactly one delegate with
 * the same HTTP method, path, media types and parameters (minus the security context, which Jira's delegate builds),
 * every delegate method states who may call it, and the caller handed on is Jira's logged-in user by key.
 */
class RestDelegatesTest {
    private static final Map<Class<?>, Class<?>> DELEGATES = Map.of(
            IssueResource.class, IssueRestResource.class,
            ProjectPolicyResource.class, ProjectPolicyRestResource.class,
            ReportResource.class, ReportRestResource.class,
            MyselfResource.class, MyselfRestResource.class,
            DigestResource.class, DigestRestResource.class);
    /** Writes that only administrators may make (the core checks the same right again): Jira refuses others first. */
    private static final Set<String> ADMIN_WRITES = Set.of("DigestRestResource#run");
    private static final List<Class<? extends Annotation>> ACCESS = List.of(UnrestrictedAccess.class,
            AnonymousSiteAccess.class, LicensedOnly.class, UnlicensedSiteAccess.class, AdminOnly.class,
            SystemAdminOnly.class);

    @Test
    void every_delegate_has_one_constructor_and_it_is_marked_for_injection() {
        for (Class<?> delegate : DELEGATES.values()) {
            assertThat(delegate.getConstructors()).as(delegate.getSimpleName()).hasSize(1);
            assertThat(delegate.getConstructors()[0].isAnnotationPresent(jakarta.inject.Inject.class))
                    .as("%s's constructor carries @jakarta.inject.Inject", delegate.getSimpleName()).isTrue();
        }
    }

    @Test
    void every_web_endpoint_has_a_delegate_with_the_same_contract() {
        for (Map.Entry<Class<?>, Class<?>> pair : DELEGATES.entrySet()) {
            assertThat(pair.getValue().getAnnotation(Path.class).value())
                    .isEqualTo(pair.getKey().getAnnotation(Path.class).value());
            assertThat(signatures(pair.getValue(), false)).as("%s", pair.getValue().getSimpleName())
                    .isEqualTo(signatures(pair.getKey(), true));
        }
    }

    @Test
    void every_delegate_method_states_exactly_one_access_rule_and_writes_need_a_licensed_user_or_an_admin() {
        for (Class<?> delegate : DELEGATES.values()) {
            for (Method method : endpoints(delegate)) {
                List<String> rules = ACCESS.stream().filter(method::isAnnotationPresent).map(Class::getSimpleName)
                        .toList();
                String name = delegate.getSimpleName() + "#" + method.getName();
                assertThat(rules).as(name).hasSize(1);
                if (!method.isAnnotationPresent(GET.class)) {
                    assertThat(rules).as("write %s", name)
                            .containsExactly(ADMIN_WRITES.contains(name) ? "AdminOnly" : "LicensedOnly");
                }
            }
        }
    }

    @Test
    void the_caller_handed_on_is_jiras_logged_in_user_by_key() {
        IssueResource web = mock(IssueResource.class);
        JiraCallers callers = mock(JiraCallers.class);
        when(callers.current()).thenReturn(Caller.of("alice-key"));
        Response ok = mock(Response.class);
        when(web.setExpectation(eq("ACC-7"), any(), any())).thenReturn(ok);
        ExpectationBody body = new ExpectationBody("Outcome", "Why", "2026-05-01", "", 0L);

        Response response = new IssueRestResource(web, callers).setExpectation("ACC-7", body);

        ArgumentCaptor<SecurityContext> security = ArgumentCaptor.forClass(SecurityContext.class);
        verify(web).setExpectation(eq("ACC-7"), eq(body), security.capture());
        assertThat(response).isSameAs(ok);
        assertThat(security.getValue().getUserPrincipal().getName()).isEqualTo("alice-key");

        when(callers.current()).thenReturn(Caller.anonymous());
        new IssueRestResource(web, callers).record("ACC-7");
        verify(web).record(eq("ACC-7"), security.capture());
        assertThat(security.getValue().getUserPrincipal()).isNull();
    }

    @Test
    void the_report_is_a_read_that_hands_on_the_query_the_headers_and_jiras_caller() {
        ReportResource web = mock(ReportResource.class);
        JiraCallers callers = mock(JiraCallers.class);
        when(callers.current()).thenReturn(Caller.of("carol-key"));
        HttpHeaders headers = mock(HttpHeaders.class);
        Response ok = mock(Response.class);
        when(web.report(eq("ACC"), eq("2026-01-01"), eq("2026-03-31"), eq("storage"), eq(headers), any()))
                .thenReturn(ok);

        Response response = new ReportRestResource(web, callers).report("ACC", "2026-01-01", "2026-03-31",
                "storage", headers);

        ArgumentCaptor<SecurityContext> security = ArgumentCaptor.forClass(SecurityContext.class);
        verify(web).report(eq("ACC"), eq("2026-01-01"), eq("2026-03-31"), eq("storage"), eq(headers),
                security.capture());
        assertThat(response).isSameAs(ok);
        assertThat(security.getValue().getUserPrincipal().getName()).isEqualTo("carol-key");
        assertThat(ReportRestResource.class.getAnnotation(Path.class).value()).isEqualTo("/reports");
    }

    @Test
    void what_waits_for_me_is_for_signed_in_users_and_hands_on_the_page_and_jiras_caller() throws Exception {
        MyselfResource web = mock(MyselfResource.class);
        JiraCallers callers = mock(JiraCallers.class);
        when(callers.current()).thenReturn(Caller.of("dave-key"));
        Response ok = mock(Response.class);
        when(web.actions(eq("50"), eq("25"), any())).thenReturn(ok);

        Response response = new MyselfRestResource(web, callers).actions("50", "25");

        ArgumentCaptor<SecurityContext> security = ArgumentCaptor.forClass(SecurityContext.class);
        verify(web).actions(eq("50"), eq("25"), security.capture());
        assertThat(response).isSameAs(ok);
        assertThat(security.getValue().getUserPrincipal().getName()).isEqualTo("dave-key");
        for (Method method : endpoints(MyselfRestResource.class)) {
            assertThat(method.isAnnotationPresent(LicensedOnly.class)).as(method.getName()).isTrue();
        }
    }

    @Test
    void running_the_digests_is_for_administrators_and_the_core_is_asked_with_jiras_caller() throws Exception {
        DigestResource web = mock(DigestResource.class);
        JiraCallers callers = mock(JiraCallers.class);
        when(callers.current()).thenReturn(Caller.of("admin-key"));
        Response ok = mock(Response.class);
        when(web.run(any())).thenReturn(ok);

        Response response = new DigestRestResource(web, callers).run();

        ArgumentCaptor<SecurityContext> security = ArgumentCaptor.forClass(SecurityContext.class);
        verify(web).run(security.capture());
        assertThat(response).isSameAs(ok);
        assertThat(security.getValue().getUserPrincipal().getName()).isEqualTo("admin-key");
        assertThat(DigestRestResource.class.getMethod("run").isAnnotationPresent(AdminOnly.class)).isTrue();
    }

    private static List<Method> endpoints(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(PUT.class)
                        || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(DELETE.class))
                .toList();
    }

    private static Set<String> signatures(Class<?> type, boolean dropSecurityContext) {
        Set<String> signatures = new TreeSet<>();
        for (Method method : endpoints(type)) {
            String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(PUT.class)
                    ? "PUT" : method.isAnnotationPresent(POST.class) ? "POST" : "DELETE";
            Path path = method.getAnnotation(Path.class);
            Consumes consumes = method.getAnnotation(Consumes.class);
            // What the endpoint answers in: the method's @Produces, else its class's.
            Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                    : type.getAnnotation(Produces.class);
            List<String> parameters = new ArrayList<>();
            for (Parameter parameter : method.getParameters()) {
                if (dropSecurityContext && parameter.getType() == SecurityContext.class) {
                    continue;
                }
                PathParam pathParam = parameter.getAnnotation(PathParam.class);
                QueryParam queryParam = parameter.getAnnotation(QueryParam.class);
                parameters.add((pathParam != null ? "path:" + pathParam.value()
                        : queryParam != null ? "query:" + queryParam.value()
                        : parameter.isAnnotationPresent(Context.class) ? "context" : "body") + ":"
                        + parameter.getType().getName());
            }
            signatures.add(verb + " " + (path == null ? "" : path.value()) + " "
                    + Objects.toString(consumes == null ? null : Arrays.toString(consumes.value())) + " -> "
                    + Objects.toString(produces == null ? null : new TreeSet<>(Arrays.asList(produces.value())))
                    + " " + method.getName() + parameters);
        }
        return signatures;
    }
}
