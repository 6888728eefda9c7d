package com.allinaccountability.web.report;

import com.allinaccountability.core.report.ProjectReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The weekly trend as SVG lines, one per measure, with a table fallback listing every week. */
public final class TrendChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 40;
    static final int RIGHT = 16;
    static final int TOP = 12;
    static final int BOTTOM = 36;

    private final String title;
    private final List<Series> series;
    private final List<AxisLabel> xLabels;
    private final List<AxisLabel> yLabels;
    private final List<List<String>> rows;

    TrendChart(String title, List<ProjectReport.Week> weeks, List<String> seriesLabels) {
        this.title = title;
        List<ToIntFunction<ProjectReport.Week>> measures = List.of(ProjectReport.Week::expectationsSet,
                ProjectReport.Week::retrospectivesWritten, ProjectReport.Week::verified,
                ProjectReport.Week::resolved, ProjectReport.Week::resolvedOnTime);
        int max = 1;
        for (ProjectReport.Week week : weeks) {
            for (ToIntFunction<ProjectReport.Week> measure : measures) {
                max = Math.max(max, measure.applyAsInt(week));
            }
        }
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = weeks.size() > 1 ? plotWidth / (weeks.size() - 1) : 0;
        List<Series> lines = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            StringBuilder points = new StringBuilder();
            for (int w = 0; w < weeks.size(); w++) {
                double x = LEFT + (weeks.size() > 1 ? w * step : plotWidth / 2);
                double y = TOP + plotHeight - plotHeight * measures.get(m).applyAsInt(weeks.get(w)) / max;
                points.append(w == 0 ? "" : " ").append(Math.round(x)).append(',').append(Math.round(y));
            }
            lines.add(new Series(seriesLabels.get(m), "acc-series-" + m, points.toString()));
        }
        this.series = List.copyOf(lines);
        List<AxisLabel> xs = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(weeks.size() / 8.0));
        for (int w = 0; w < weeks.size(); w += every) {
            xs.add(new AxisLabel((int) Math.round(LEFT + (weeks.size() > 1 ? w * step : plotWidth / 2)),
                    HEIGHT - BOTTOM + 16, weeks.get(w).weekStart().toString().substring(5)));
        }
        this.xLabels = List.copyOf(xs);
        this.yLabels = List.of(new AxisLabel(LEFT - 6, TOP + 4, String.valueOf(max)),
                new AxisLabel(LEFT - 6, (int) (TOP + plotHeight) + 4, "0"));
        List<List<String>> table = new ArrayList<>();
        for (ProjectReport.Week week : weeks) {
            List<String> row = new ArrayList<>();
            row.add(week.weekStart().toString());
            for (ToIntFunction<ProjectReport.Week> measure : measures) {
                row.add(String.valueOf(measure.applyAsInt(week)));
            }
            table.add(List.copyOf(row));
        }
        this.rows = List.copyOf(table);
    }

    public String getTitle() {
        return title;
    }

    public int getWidth() {
        return WIDTH;
    }

    public int getHeight() {
        return HEIGHT;
    }

    public int getLeft() {
        return LEFT;
    }

    public int getRight() {
        return WIDTH - RIGHT;
    }

    public int getBottom() {
        return HEIGHT - BOTTOM;
    }

    public int getTop() {
        return TOP;
    }

    public List<Series> getSeries() {
        return series;
    }

    public List<AxisLabel> getXLabels() {
        return xLabels;
    }

    public List<AxisLabel> getYLabels() {
        return yLabels;
    }

    /** The table fallback: week start, then one count per series. */
    public List<List<String>> getRows() {
        return rows;
    }

    /** One measure's line. */
    public static final class Series {
        private final String label;
        private final String className;
        private final String points;

        Series(String label, String className, String points) {
            this.label = label;
            this.className = className;
            this.points = points;
        }

        public String getLabel() {
            return label;
        }

        public String getClassName() {
            return className;
        }

        /** SVG polyline points, {@code x,y x,y ...}. */
        public String getPoints() {
            return points;
        }
    }

    /** A text label on an axis. */
    public static final class AxisLabel {
        private final int x;
        private final int y;
        private final String text;

        AxisLabel(int x, int y, String text) {
            this.x = x;
            this.y = y;
            this.text = text;
        }

        public int getX() {
            return x;
        }

        public int getY() {
            return y;
        }

        public String getText() {
            return text;
        }
    }
}
