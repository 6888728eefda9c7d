package com.allinaccountability.web.json;

import com.allinaccountability.core.model.HistoryEvent;

/** One history event as {@code GET /issues/{issueKey}/history} answers it; values as typed, never escaped here. */
public record HistoryEntryJson(String at, String user, String field, String from, String to) {
    public static HistoryEntryJson of(HistoryEvent event) {
        return new HistoryEntryJson(event.at().toString(), event.user().value(), event.field(), event.from(),
                event.to());
    }
}
