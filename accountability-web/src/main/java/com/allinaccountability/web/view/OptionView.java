package com.allinaccountability.web.view;

/** One choice of a select, radio group or checkbox list. */
public final class OptionView {
    private final String value;
    private final String label;
    private final boolean selected;

    OptionView(String value, String label, boolean selected) {
        this.value = value;
        this.label = label;
        this.selected = selected;
    }

    /**
     * For hosts' own templates (the Jira gate's configuration form): an option whose state the template reads with
     * {@code isSelected()}, an allowlisted getter, rather than by calling a JDK method such as {@code List#contains}.
     */
    public static OptionView of(String value, String label, boolean selected) {
        return new OptionView(value, label, selected);
    }

    public String getValue() {
        return value;
    }

    public String getLabel() {
        return label;
    }

    public boolean isSelected() {
        return selected;
    }
}
