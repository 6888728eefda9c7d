package com.allinaccountability.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public method of every resource is an endpoint that answers JSON, and every write consumes only JSON. */
class ResourceContractTest {
    private static final List<Class<?>> RESOURCES = List.of(IssueResource.class, ProjectPolicyResource.class);

    @Test
    void every_resource_method_has_an_http_method_and_produces_json() {
        List<String> endpoints = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            assertThat(resource.getAnnotation(Path.class)).as(resource + " @Path").isNotNull();
            Produces classProduces = resource.getAnnotation(Produces.class);
            for (Method method : resource.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                String name = resource.getSimpleName() + "#" + method.getName();
                assertThat(httpMethod(method)).as(name + " has an HTTP method").isNotNull();
                Produces produces = method.getAnnotation(Produces.class) != null
                        ? method.getAnnotation(Produces.class) : classProduces;
                assertThat(produces).as(name + " @Produces").isNotNull();
                assertThat(produces.value()).as(name + " produces JSON").containsExactly(MediaType.APPLICATION_JSON);
                if (!httpMethod(method).equals("GET")) {
                    assertThat(method.getAnnotation(Consumes.class)).as(name + " @Consumes").isNotNull();
                    assertThat(method.getAnnotation(Consumes.class).value()).containsExactly(MediaType.APPLICATION_JSON);
                }
                endpoints.add(httpMethod(method) + " " + resource.getAnnotation(Path.class).value()
                        + method.getAnnotation(Path.class).value());
            }
        }
        assertThat(endpoints).containsExactlyInAnyOrder(
                "GET /issues/{issueKey}",
                "PUT /issues/{issueKey}/expectation",
                "POST /issues/{issueKey}/alignment",
                "PUT /issues/{issueKey}/control",
                "POST /issues/{issueKey}/ownership",
                "POST /issues/{issueKey}/ownership/withdrawal",
                "POST /issues/{issueKey}/checkins",
                "PUT /issues/{issueKey}/retrospective",
                "POST /issues/{issueKey}/verification",
                "POST /issues/{issueKey}/reopen",
                "GET /issues/{issueKey}/history",
                "GET /issues/{issueKey}/gate",
                "GET /projects/{projectKey}/policy",
                "PUT /projects/{projectKey}/policy");
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(new Class<?>[] {GET.class, PUT.class, POST.class, DELETE.class})
                .filter(a -> method.isAnnotationPresent(a.asSubclass(java.lang.annotation.Annotation.class)))
                .map(Class::getSimpleName).findFirst().orElse(null);
    }
}
