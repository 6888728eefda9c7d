package com.allinaccountability.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.Condition;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hides a transition until the configured accountability steps hold. Any failure (a store error, an issue it cannot
 * read) is logged and hides the transition: the issue page still renders, and the validator, if configured, still
 * guards the transition itself. In policy mode Jira does not say which transition is being listed, so the condition
 * cannot tell the target and shows the transition; configure explicit requirements on a condition, or rely on the
 * policy validator.
 */
public final class AccountabilityGateCondition implements Condition {
    private static final Logger DEFAULT_LOG = LoggerFactory.getLogger(AccountabilityGateCondition.class);

    private final GateCheck gateCheck;
    private final Logger log;

    public AccountabilityGateCondition(GateCheck gateCheck) {
        this(gateCheck, DEFAULT_LOG);
    }

    AccountabilityGateCondition(GateCheck gateCheck, Logger log) {
        this.gateCheck = gateCheck;
        this.log = log;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean passesCondition(Map transientVars, Map args, PropertySet ps) {
        try {
            GateCheck.Result result = gateCheck.check(transientVars, args);
            if (result instanceof GateCheck.Result.Checked checked) {
                return checked.verdict().passed();
            }
            return true;
        } catch (RuntimeException | LinkageError e) {
            log.error("Accountability condition failed; hiding the transition", e);
            return false;
        }
    }
}
