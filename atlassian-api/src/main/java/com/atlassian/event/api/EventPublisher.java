package com.atlassian.event.api;

// Checked against: https://docs.atlassian.com/atlassian-event/2.1.1/com/atlassian/event/api/EventPublisher.html (2.1.1; same methods in Confluence 7.19 NoOpEventPublisher)
// register/unregister live in the EventListenerRegistrar superinterface in newer versions; invokeinterface on
// EventPublisher still resolves them.
public interface EventPublisher {
    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
