package com.allinaccountability.web.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A horizontal bar chart drawn as SVG, with a title and a table fallback for screen readers. */
public final class BarChart {
    static final int LABEL_WIDTH = 190;
    static final int BAR_AREA = 300;
    static final int ROW = 26;
    static final int BAR = 18;

    private final String id;
    private final String title;
    private final List<Bar> bars;

    BarChart(String id, String title, Map<String, Integer> values) {
        this.id = id;
        this.title = title;
        int max = values.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> list = new ArrayList<>();
        int row = 0;
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            int width = max == 0 ? 0 : (int) Math.round((double) BAR_AREA * entry.getValue() / max);
            list.add(new Bar(entry.getKey(), entry.getValue(), row * ROW + 4, width, BAR));
            row++;
        }
        this.bars = List.copyOf(list);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<Bar> getBars() {
        return bars;
    }

    public int getWidth() {
        return LABEL_WIDTH + BAR_AREA + 60;
    }

    public int getHeight() {
        return bars.size() * ROW + 8;
    }

    public int getLabelWidth() {
        return LABEL_WIDTH;
    }

    /** Where labels end (they are right-aligned against the bars). */
    public int getLabelX() {
        return LABEL_WIDTH - 8;
    }
}
