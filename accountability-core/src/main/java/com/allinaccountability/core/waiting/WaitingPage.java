package com.allinaccountability.core.waiting;

import com.allinaccountability.core.model.WaitingItem;
import java.util.List;

/**
 * One page of what waits for the caller, most urgent first.
 *
 * @param total how many steps wait for the caller in all, in the projects they may browse
 */
public record WaitingPage(int startAt, int maxResults, int total, List<WaitingItem> items) {
    public WaitingPage {
        items = List.copyOf(items);
    }
}
