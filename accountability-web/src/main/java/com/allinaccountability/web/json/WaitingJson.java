package com.allinaccountability.web.json;

import com.allinaccountability.core.model.WaitingItem;
import com.allinaccountability.core.model.WaitingStep;
import com.allinaccountability.core.waiting.WaitingPage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * "Waiting for me" in JSON: {@code GET /myself/actions} (SPEC's contract: {@code startAt, maxResults, total,
 * actions[{issueKey, summary, projectKey, action, since, agreedDate, dueDate}]}; {@code targetDate} added) and the
 * record's {@code waitingForYou}. Dates {@code yyyy-MM-dd} or {@code null}, {@code since} an ISO-8601 instant.
 */
public final class WaitingJson {
    private WaitingJson() {}

    public record Page(int startAt, int maxResults, int total, List<Action> actions) {
        public static Page of(WaitingPage page) {
            return new Page(page.startAt(), page.maxResults(), page.total(),
                    page.items().stream().map(Action::of).toList());
        }
    }

    /** @param dueDate the issue's own due date; {@code agreedDate} the owner's, once they aligned */
    public record Action(
            String issueKey, String summary, String projectKey, String action, String since, String agreedDate,
            String targetDate, String dueDate) {
        static Action of(WaitingItem item) {
            WaitingStep step = item.step();
            return new Action(item.issue().issueKey(), item.issue().summary(), item.issue().projectKey(),
                    step.action().name(), step.since().toString(), date(step.agreedDate()),
                    date(step.targetDate()), date(step.dueDate()));
        }
    }

    /** One step of the issue that waits for the caller (the issue is the record's own). */
    public record ForYou(String action, String since, String agreedDate, String targetDate, String dueDate) {
        static ForYou of(WaitingStep step) {
            return new ForYou(step.action().name(), step.since().toString(), date(step.agreedDate()),
                    date(step.targetDate()), date(step.dueDate()));
        }
    }

    /** {@code GET|PUT /myself/preferences}. */
    public record PreferencesJson(String digest) {}

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }
}
