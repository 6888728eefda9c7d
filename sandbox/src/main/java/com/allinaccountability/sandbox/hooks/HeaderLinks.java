package com.allinaccountability.sandbox.hooks;

import com.allinaccountability.core.port.Caller;
import java.util.List;
import java.util.Objects;

/**
 * Links the accountability layer adds to the header of every sandbox page (as a Jira plugin adds a web item to the
 * top navigation), e.g. "Waiting for me" with a count. Asked once per page render, for the caller of that page.
 */
@FunctionalInterface
public interface HeaderLinks {

    HeaderLinks NONE = caller -> List.of();

    List<Link> links(Caller caller);

    /**
     * A header link.
     *
     * @param id the element id (tests and scripts find it by it)
     * @param path under the context path, e.g. {@code /waiting}
     * @param badge a count shown in an AUI badge beside the label; negative for no badge
     */
    record Link(String id, String label, String path, int badge) {
        public Link {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(path, "path");
        }

        public boolean hasBadge() {
            return badge >= 0;
        }
    }
}
