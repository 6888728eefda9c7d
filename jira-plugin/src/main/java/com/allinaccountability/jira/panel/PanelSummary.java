package com.allinaccountability.jira.panel;

import com.allinaccountability.core.service.RecordView;
import java.util.List;

/**
 * What the panel template shows before its script loads the full record: immutable, Strings only, with JavaBean
 * getters because Velocity resolves {@code $accountability.stage} to {@code getStage()}. Every getter is listed in the
 * descriptor's {@code velocity-allowlist}; the descriptor test keeps the two in step.
 */
public final class PanelSummary {
    private final String issueKey;
    private final String stage;
    private final List<String> health;
    private final String version;

    public PanelSummary(String issueKey, String stage, List<String> health, long version) {
        this.issueKey = issueKey;
        this.stage = stage;
        this.health = List.copyOf(health);
        this.version = Long.toString(version);
    }

    public static PanelSummary of(RecordView view) {
        return new PanelSummary(view.facts().issueKey(), view.assessment().stage().name(),
                view.assessment().health().stream().map(Enum::name).sorted().toList(), view.record().version());
    }

    public String getIssueKey() {
        return issueKey;
    }

    public String getStage() {
        return stage;
    }

    public List<String> getHealth() {
        return health;
    }

    public String getVersion() {
        return version;
    }
}
