package com.allinaccountability.jira.ao;

import com.allinaccountability.ao.entity.StoreEntities;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 1: creates the store's tables. The {@code ActiveObjects} an upgrade task receives knows no entities
 * until it migrates them, so every entity is migrated here; later versions add tasks (never drop or rename a column in
 * place) and keep this one.
 */
public final class AccountabilityUpgradeTask implements ActiveObjectsUpgradeTask {
    static final String MODEL_VERSION = "1";

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(MODEL_VERSION);
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
        activeObjects.migrate(StoreEntities.asArray());
    }
}
