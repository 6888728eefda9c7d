package com.atlassian.sal.api.transaction;

// Checked against: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html (used by executeInTransaction)
public interface TransactionCallback<T> {
    T doInTransaction();
}
