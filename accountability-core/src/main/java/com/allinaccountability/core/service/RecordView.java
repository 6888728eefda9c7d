package com.allinaccountability.core.service;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.WaitingStep;
import java.util.List;
import java.util.Map;

/**
 * Everything the panel shows for one issue, for one caller: the answer of a read and of every write.
 *
 * @param people the display name of everyone on the record and of the issue's assignee and reporter, by user key
 * @param waitingForCaller what of this issue waits for the caller now, most urgent first ("You: verify this
 *     retrospective"); empty for nobody signed in
 */
public record RecordView(
        IssueFacts facts, AccountabilityRecord record, Assessment assessment, Permissions permissions,
        Map<UserKey, String> people, List<WaitingStep> waitingForCaller) {

    public RecordView {
        people = Map.copyOf(people);
        waitingForCaller = List.copyOf(waitingForCaller);
    }

    /** The user's display name, or their key when the host does not know them. */
    public String displayName(UserKey user) {
        return people.getOrDefault(user, user.value());
    }
}
