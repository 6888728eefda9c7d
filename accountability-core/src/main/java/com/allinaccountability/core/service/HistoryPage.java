package com.allinaccountability.core.service;

import com.allinaccountability.core.model.HistoryEvent;
import java.util.List;

/** One page of an issue's history, newest first. */
public record HistoryPage(int startAt, int maxResults, int total, List<HistoryEvent> events) {
    public HistoryPage {
        events = List.copyOf(events);
    }

    public boolean isLast() {
        return startAt + events.size() >= total;
    }
}
