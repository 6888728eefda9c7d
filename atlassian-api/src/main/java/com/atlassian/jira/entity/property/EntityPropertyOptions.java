package com.atlassian.jira.entity.property;

// Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/EntityPropertyOptions.Builder.html (7.0.8)
// Only the builder path the Jira plugin uses (new Builder().skipPermissionChecks().build()) is declared. The
// accountability property is the plugin's own system write, made for whoever changed the record, who may be allowed
// to align or declare without being allowed to edit the issue.
public class EntityPropertyOptions {
    private EntityPropertyOptions() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static class Builder {
        public Builder() {
            throw new UnsupportedOperationException("compile-only declaration");
        }

        public Builder skipPermissionChecks() {
            throw new UnsupportedOperationException("compile-only declaration");
        }

        public EntityPropertyOptions build() {
            throw new UnsupportedOperationException("compile-only declaration");
        }
    }
}
