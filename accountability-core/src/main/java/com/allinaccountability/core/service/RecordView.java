package com.allinaccountability.core.service;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Assessment;
import com.allinaccountability.core.model.IssueFacts;

/** Everything the panel shows for one issue, for one caller: the answer of a read and of every write. */
public record RecordView(IssueFacts facts, AccountabilityRecord record, Assessment assessment, Abilities abilities) {}
