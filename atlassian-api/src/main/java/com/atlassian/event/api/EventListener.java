package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Checked against: https://docs.atlassian.com/atlassian-event/2.1.1/com/atlassian/event/api/EventPublisher.html (2.1.1: listeners are public methods annotated with EventListener)
// Checked against: https://github.com/filipenkov/SampleTracking/blob/HEAD/JiraPlugins/atlassian-jira-5.1.1-source/atlassian-event/src/main/java/com/atlassian/event/api/EventListener.java (atlassian-event source bundled with Jira 5.1.1: RUNTIME, METHOD, Documented)
// Retention/Target as in the atlassian-event source (old, stable API package).
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
