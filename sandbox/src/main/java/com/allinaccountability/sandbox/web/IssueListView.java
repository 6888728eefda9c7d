package com.allinaccountability.sandbox.web;

import java.util.List;

/** What the project issue list template shows. {@code previousStart}/{@code nextStart} are -1 when absent. */
public record IssueListView(String projectKey, String projectName, String rangeText, List<Row> rows,
        long previousStart, long nextStart) {

    /** One issue row; the stage and health cells come from the accountability layer, already escaped. */
    public record Row(String key, String summary, String status, String statusLozengeClass, String assignee,
            String stageHtml, String healthHtml) {}
}
