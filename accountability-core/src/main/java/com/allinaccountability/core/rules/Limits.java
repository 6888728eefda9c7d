package com.allinaccountability.core.rules;

/**
 * The maximum length, in characters (Unicode code points), of every text a user can enter. One place, so the REST
 * documentation, the forms' {@code maxlength} and the validation agree.
 */
public final class Limits {
    public static final int OUTCOME = 4000;
    public static final int WHY = 4000;
    public static final int GOAL_LINK = 1000;
    public static final int ALIGNMENT_COMMENT = 2000;
    public static final int LEVERS = 4000;
    public static final int SUPPORT = 4000;
    public static final int STATEMENT = 1000;
    public static final int WITHDRAW_REASON = 1000;
    public static final int CHECKIN_NOTE = 2000;
    public static final int EVIDENCE = 4000;
    public static final int WENT_WELL = 4000;
    public static final int TO_IMPROVE = 4000;
    public static final int LESSONS = 4000;
    public static final int NEXT_COMMITMENT = 2000;
    public static final int VERIFICATION_NOTE = 2000;
    public static final int REOPEN_REASON = 1000;
    public static final int ISSUE_TYPE = 255;
    public static final int ISSUE_TYPES = 50;
    public static final int HISTORY_PAGE = 100;

    private Limits() {}
}
