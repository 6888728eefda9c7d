package com.allinaccountability.core.service;

import com.allinaccountability.core.model.HistoryEvent;
import com.allinaccountability.core.model.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the history events of one change: one event per field whose value changed. */
final class Changes {
    private final long issueId;
    private final UserKey user;
    private final Instant at;
    private final List<HistoryEvent> events = new ArrayList<>();

    Changes(long issueId, UserKey user, Instant at) {
        this.issueId = issueId;
        this.user = user;
        this.at = at;
    }

    Changes field(String field, Object from, Object to) {
        String before = text(from);
        String after = text(to);
        if (!Objects.equals(before, after)) {
            events.add(new HistoryEvent(issueId, at, user, field, before, after));
        }
        return this;
    }

    /** Records an event even when the values are equal (e.g. a second check-in with the same status). */
    Changes event(String field, Object from, Object to) {
        events.add(new HistoryEvent(issueId, at, user, field, text(from), text(to)));
        return this;
    }

    List<HistoryEvent> events() {
        return List.copyOf(events);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.util.Optional<?> optional) {
            return optional.map(String::valueOf).orElse("");
        }
        return String.valueOf(value);
    }
}
