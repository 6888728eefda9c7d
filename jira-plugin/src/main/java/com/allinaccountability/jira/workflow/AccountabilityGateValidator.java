package com.allinaccountability.jira.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Accountability gate" workflow validator: refuses a transition while the configured steps (or the project
 * policy's, for the status category the transition enters) are missing, with one localized message per missing step
 * and a link to the panel. It only unpacks its arguments and asks the core; post functions do not run after a
 * refusal.
 */
public final class AccountabilityGateValidator implements Validator {
    private static final Logger LOG = LoggerFactory.getLogger(AccountabilityGateValidator.class);

    private final GateCheck gateCheck;
    private final GateMessages messages;

    public AccountabilityGateValidator(GateCheck gateCheck, GateMessages messages) {
        this.gateCheck = gateCheck;
        this.messages = messages;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException {
        GateCheck.Result result = gateCheck.check(transientVars, args);
        if (result instanceof GateCheck.Result.NotApplicable notApplicable) {
            // An unknown target in policy mode lets the transition through: the gate must never block work because
            // of what it cannot see. Logged so an admin can tell.
            LOG.debug("Accountability gate not applied: {}", notApplicable.why());
            return;
        }
        GateCheck.Result.Checked checked = (GateCheck.Result.Checked) result;
        if (checked.verdict().passed()) {
            return;
        }
        InvalidInputException refusal = new InvalidInputException();
        for (String line : messages.refusal(checked.issue(), checked.verdict().missing())) {
            refusal.addError(line);
        }
        throw refusal;
    }
}
