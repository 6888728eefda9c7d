package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Checked against: https://docs.atlassian.com/atlassian-event/2.1.1/com/atlassian/event/api/EventPublisher.html (2.1.1: listeners are public methods annotated with EventListener)
// Retention/Target ASSUMED (RUNTIME, METHOD): the host finds listeners reflectively, so RUNTIME is required.
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
