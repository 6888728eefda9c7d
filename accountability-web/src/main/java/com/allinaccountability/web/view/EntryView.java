package com.allinaccountability.web.view;

import java.util.List;

/**
 * One entry of a list the panel shows (an alignment, a declaration, a check-in, a revision): who, when, a status with
 * its label and lozenge class, and labelled texts. One small shape keeps the templates and the allowlist short.
 */
public final class EntryView {
    private final String user;
    private final String at;
    private final String status;
    private final String statusLabel;
    private final String lozenge;
    private final List<FieldView> fields;
    private final boolean current;

    EntryView(String user, String at, String status, String statusLabel, String lozenge, List<FieldView> fields,
            boolean current) {
        this.user = user;
        this.at = at;
        this.status = status;
        this.statusLabel = statusLabel;
        this.lozenge = lozenge;
        this.fields = List.copyOf(fields);
        this.current = current;
    }

    public String getUser() {
        return user;
    }

    public String getAt() {
        return at;
    }

    public String getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return statusLabel;
    }

    public String getLozenge() {
        return lozenge;
    }

    /** Only the fields that have a value. */
    public List<FieldView> getFields() {
        return fields;
    }

    /** False for what is superseded or withdrawn: shown, but marked as no longer in force. */
    public boolean isCurrent() {
        return current;
    }
}
