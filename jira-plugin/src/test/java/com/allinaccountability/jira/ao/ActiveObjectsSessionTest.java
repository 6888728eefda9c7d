package com.allinaccountability.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allinaccountability.ao.entity.RecordEntity;
import com.allinaccountability.ao.entity.StoreEntities;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

class ActiveObjectsSessionTest {
    private final ActiveObjects activeObjects = mock(ActiveObjects.class);
    private final ActiveObjectsSession session = new ActiveObjectsSession(activeObjects);

    @Test
    void each_session_call_is_one_call_on_jiras_active_objects() {
        Query query = Query.select().where("ISSUE_ID = ?", 7L);
        RecordEntity row = mock(RecordEntity.class);
        when(activeObjects.find(RecordEntity.class, query)).thenReturn(new RecordEntity[] {row});
        when(activeObjects.create(RecordEntity.class, Map.<String, Object>of("ISSUE_ID", 7L))).thenReturn(row);
        when(activeObjects.count(RecordEntity.class, query)).thenReturn(1);
        when(activeObjects.deleteWithSQL(RecordEntity.class, "ISSUE_ID = ?", 7L)).thenReturn(1);

        assertThat(session.find(RecordEntity.class, query)).containsExactly(row);
        assertThat(session.create(RecordEntity.class, Map.<String, Object>of("ISSUE_ID", 7L))).isSameAs(row);
        assertThat(session.count(RecordEntity.class, query)).isEqualTo(1);
        assertThat(session.deleteWithSQL(RecordEntity.class, "ISSUE_ID = ?", 7L)).isEqualTo(1);
        session.delete(row);
        verify(activeObjects).delete(row);
        session.migrate(StoreEntities.asArray());
        verify(activeObjects).migrate(StoreEntities.asArray());
    }

    @Test
    @SuppressWarnings("unchecked")
    void work_runs_inside_jiras_transaction_and_its_exception_propagates() {
        when(activeObjects.executeInTransaction(any(TransactionCallback.class)))
                .thenAnswer(call -> ((TransactionCallback<Object>) call.getArgument(0)).doInTransaction());

        assertThat(session.transaction(() -> "done")).isEqualTo("done");
        IllegalStateException lostRace = new IllegalStateException("unique constraint");
        assertThatThrownBy(() -> session.transaction(() -> {
            throw lostRace;
        })).isSameAs(lostRace);
    }

    @Test
    void the_upgrade_task_is_model_version_1_and_creates_every_store_table() {
        ModelVersion one = mock(ModelVersion.class);
        try (MockedStatic<ModelVersion> versions = mockStatic(ModelVersion.class)) {
            versions.when(() -> ModelVersion.valueOf("1")).thenReturn(one);

            assertThat(new AccountabilityUpgradeTask().getModelVersion()).isSameAs(one);
        }
        new AccountabilityUpgradeTask().upgrade(mock(ModelVersion.class), activeObjects);

        verify(activeObjects).migrate(StoreEntities.asArray());
    }
}
