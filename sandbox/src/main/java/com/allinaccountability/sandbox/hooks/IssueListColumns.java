package com.allinaccountability.sandbox.hooks;

import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.port.Caller;
import java.util.List;
import java.util.Map;

/**
 * Fills the Stage and Health columns of the project issue list, one page of issues at a time so that an
 * implementation can answer with one query per page.
 */
@FunctionalInterface
public interface IssueListColumns {

    /** Leaves both columns empty: the sandbox without the accountability layer. */
    IssueListColumns NONE = (caller, issues) -> Map.of();

    /**
     * The cells for the issues shown (all browsable by {@code caller}), by issue id. Issues left out show empty cells.
     */
    Map<Long, Cells> cells(Caller caller, List<IssueFacts> issues);

    /** The two cells of one row, as HTML the implementation has escaped (e.g. AUI lozenges). */
    record Cells(String stageHtml, String healthHtml) {}
}
