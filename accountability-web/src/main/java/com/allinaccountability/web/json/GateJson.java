package com.allinaccountability.web.json;

import com.allinaccountability.core.model.GateVerdict;
import com.allinaccountability.core.model.MissingStep;
import java.util.List;

/**
 * A gate's answer. {@code reason} is the core's English text; {@code messageKey} names the i18n bundle's localized
 * message ({@code accountability.gate.missing.<REQUIREMENT>}) for clients that show it.
 */
public record GateJson(boolean passed, List<MissingJson> missing) {

    public record MissingJson(String requirement, String reason, String messageKey) {}

    public static GateJson of(GateVerdict verdict) {
        return new GateJson(verdict.passed(), verdict.missing().stream().map(GateJson::missing).toList());
    }

    private static MissingJson missing(MissingStep step) {
        return new MissingJson(step.requirement().name(), step.reason(), step.messageKey());
    }
}
