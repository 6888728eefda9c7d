package com.allinaccountability.web.view;

/** A labelled value; {@code name} is the JSON field it shows, so the panel's script can find it. */
public final class FieldView {
    private final String name;
    private final String label;
    private final String value;

    FieldView(String name, String label, String value) {
        this.name = name;
        this.label = label;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }
}
