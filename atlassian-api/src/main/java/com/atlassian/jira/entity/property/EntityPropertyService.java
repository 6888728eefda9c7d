package com.atlassian.jira.entity.property;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.entity.WithId;

// Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/EntityPropertyService.SetPropertyValidationResult.html (7.0.8)
// Checked against: https://github.com/ (Jira source copy of EntityPropertyService.java, search-index file id 17654554640, since 6.2)
// Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/BaseEntityPropertyService.html (7.0.8; the EntityPropertyOptions overloads, as listed in the reference for validateSetProperty)
// getEntityProperty()/getEntityPropertyInput() are omitted: they return fugue Option (com.atlassian.fugue in
// 7.x, type on 10/11 UNCONFIRMED). Result constructors are private (real ones take Option): mock the results in
// tests. PropertyInput takes the VALUE first.
public interface EntityPropertyService<T extends WithId> {
    SetPropertyValidationResult validateSetProperty(ApplicationUser user, Long entityId, PropertyInput propertyInput);

    SetPropertyValidationResult validateSetProperty(
            ApplicationUser user, Long entityId, PropertyInput propertyInput, EntityPropertyOptions options);

    PropertyResult setProperty(ApplicationUser user, SetPropertyValidationResult propertyValidationResult);

    PropertyResult getProperty(ApplicationUser user, Long entityId, String propertyKey);

    abstract class PropertyServiceResult extends ServiceResultImpl {
        private static final long serialVersionUID = 1L;

        private PropertyServiceResult() {
            super(null);
        }
    }

    class PropertyResult extends PropertyServiceResult {
        private static final long serialVersionUID = 1L;

        private PropertyResult() {
            throw new UnsupportedOperationException("compile-only declaration");
        }
    }

    class SetPropertyValidationResult extends ServiceResultImpl {
        private static final long serialVersionUID = 1L;

        private SetPropertyValidationResult() {
            super(null);
        }
    }

    class PropertyInput {
        public PropertyInput(String value, String key) {
            throw new UnsupportedOperationException("compile-only declaration");
        }

        public String getPropertyValue() {
            throw new UnsupportedOperationException("compile-only declaration");
        }

        public String getPropertyKey() {
            throw new UnsupportedOperationException("compile-only declaration");
        }
    }
}
