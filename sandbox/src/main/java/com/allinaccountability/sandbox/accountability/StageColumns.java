package com.allinaccountability.sandbox.accountability;

import com.allinaccountability.core.model.HealthFlag;
import com.allinaccountability.core.model.IssueFacts;
import com.allinaccountability.core.model.Stage;
import com.allinaccountability.core.port.Caller;
import com.allinaccountability.core.service.AccountabilityService;
import com.allinaccountability.sandbox.hooks.IssueListColumns;
import com.allinaccountability.web.velocity.HtmlEscaping;
import com.allinaccountability.web.view.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The issue list's Stage and Health columns, as AUI lozenges: the panel's assessment, read for the whole page at once
 * (one read of the records, rights and cadence per page, not a panel read per row).
 */
final class StageColumns implements IssueListColumns {
    private final AccountabilityService service;
    private final Messages messages;

    StageColumns(AccountabilityService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public Map<Long, Cells> cells(Caller caller, List<IssueFacts> issues) {
        Map<Long, Cells> cells = new HashMap<>();
        service.assessments(caller, issues).forEach((issueId, assessment) -> cells.put(issueId,
                new Cells(stage(assessment.stage()), health(assessment.health().stream().sorted().toList()))));
        return cells;
    }

    private String stage(Stage stage) {
        String modifier = switch (stage) {
            case NONE -> "";
            case VERIFIED -> " aui-lozenge-success";
            case RETROSPECTIVE_WRITTEN -> " aui-lozenge-new";
            default -> " aui-lozenge-inprogress";
        };
        return "<span class=\"aui-lozenge aui-lozenge-subtle" + modifier + "\" data-stage=\"" + stage.name() + "\">"
                + HtmlEscaping.escape(messages.getText("accountability.stage." + stage.name())) + "</span>";
    }

    private String health(List<HealthFlag> flags) {
        return flags.stream()
                .map(flag -> "<span class=\"aui-lozenge aui-lozenge-subtle aui-lozenge-removed\" data-health=\""
                        + flag.name() + "\">"
                        + HtmlEscaping.escape(messages.getText("accountability.health." + flag.name())) + "</span>")
                .collect(Collectors.joining(" "));
    }
}
