package com.allinaccountability.web.report;

/** One bar of a horizontal bar chart, with its geometry already computed (templates only read getters). */
public final class Bar {
    private final String label;
    private final int value;
    private final int y;
    private final int width;
    private final int height;

    Bar(String label, int value, int y, int width, int height) {
        this.label = label;
        this.value = value;
        this.y = y;
        this.width = width;
        this.height = height;
    }

    public String getLabel() {
        return label;
    }

    public int getValue() {
        return value;
    }

    public int getY() {
        return y;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    /** Where the bar's label and value text sit: the middle of the bar. */
    public int getTextY() {
        return y + height / 2 + 4;
    }

    /** The value is written just right of the bar. */
    public int getValueX() {
        return BarChart.LABEL_WIDTH + width + 6;
    }
}
