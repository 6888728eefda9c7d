package com.allinaccountability.sandbox.hooks;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.StatusCategory;
import com.allinaccountability.core.port.Caller;
import java.util.List;
import java.util.Objects;

/**
 * Asked before every workflow transition of the sandbox, as Jira asks a workflow validator. The sandbox's REST endpoint
 * and the issue page's buttons both go through it. Wire the core's gate evaluation here (the seeded project policy:
 * entering {@code indeterminate} needs the first steps, entering {@code done} a retrospective).
 */
@FunctionalInterface
public interface TransitionGate {

    /** Lets every transition through: the sandbox without the accountability layer. */
    TransitionGate ALLOW_ALL = (caller, issue, target) -> Refusal.NONE;

    /**
     * Whether {@code caller} may move {@code issue} into a status of category {@code target}.
     *
     * @return the refusal's messages, each shown to the user as is (escaped); {@link Refusal#NONE} to allow
     */
    Refusal check(Caller caller, IssueFacts issue, StatusCategory target);

    /** Why a transition is refused; no messages means it is allowed. */
    record Refusal(List<String> messages) {
        public static final Refusal NONE = new Refusal(List.of());

        public Refusal {
            messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        }

        public static Refusal of(String... messages) {
            return new Refusal(List.of(messages));
        }

        public boolean allowed() {
            return messages.isEmpty();
        }
    }
}
