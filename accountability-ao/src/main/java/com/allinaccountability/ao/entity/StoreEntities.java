package com.allinaccountability.ao.entity;

import java.util.List;
import net.java.ao.RawEntity;

/** Every entity of the store, for {@code migrate} and for the Jira plugin's {@code <ao>} module list. */
public final class StoreEntities {

    /** In dependency-free order; AO migrates them together. */
    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(
            RecordEntity.class,
            RecordLedgerEntity.class,
            RevisionEntity.class,
            AlignmentEntity.class,
            OwnershipEntity.class,
            CheckInEntity.class,
            HistoryEntity.class,
            PolicyEntity.class,
            PolicyRuleEntity.class,
            PolicyIssueTypeEntity.class,
            PolicyLedgerEntity.class,
            WaitingEntity.class,
            WaitingLockEntity.class,
            PreferenceEntity.class,
            DigestLedgerEntity.class);

    private StoreEntities() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Class<? extends RawEntity<?>>[] asArray() {
        return ALL.toArray(new Class[0]);
    }
}
