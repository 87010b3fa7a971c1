package workshop.support.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.text.DecimalFormat;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;

import workshop.support.bench.BenchmarkTable.Row;

/**
 * The results as a bar chart with error bars, on a logarithmic axis: a cache hit can be 10,000 times faster than
 * the origin, and on a linear axis its bar would be invisible.
 */
final class BenchmarkChart {

    private static final Color BASELINE = new Color(0x9E9E9E);
    private static final Color CACHED = new Color(0x1565C0);

    private BenchmarkChart() {
    }

    static void write(Collection<RunResult> results, String title, String machine, Path file) {
        // One axis, one unit: with times and throughputs mixed, chart the times (what a user waits).
        List<Row> all = BenchmarkTable.rows(results);
        List<Row> rows = all.stream().anyMatch(row -> row.mode() != Mode.Throughput)
                ? all.stream().filter(row -> row.mode() != Mode.Throughput).toList() : all;
        DefaultStatisticalCategoryDataset dataset = new DefaultStatisticalCategoryDataset();
        for (Row row : rows) {
            // A log axis has no zero: an error bar reaching below it would be drawn as a detached tick. A noisy row
            // (error ≥ half its score) gets no bar, and says so in its label instead.
            boolean noisy = row.isNoisy();
            dataset.add(row.score(), Double.isNaN(row.error()) || noisy ? 0 : row.error(),
                    row.isBaseline() ? "baseline" : "compared with it", row.label() + (noisy ? " (noisy)" : ""));
        }
        String unit = rows.isEmpty() ? "" : rows.get(0).unit();
        double smallest = rows.stream().mapToDouble(row -> row.isNoisy() ? row.score() : Math.max(row.score() - row.error(), row.score() / 10))
                .min().orElse(1);

        LogAxis scores = new LogAxis("score, " + unit + " (log scale; lower is faster for times)");
        scores.setSmallestValue(smallest / 2);
        scores.setBase(10);
        scores.setTickUnit(new NumberTickUnit(1)); // one tick per power of ten
        scores.setNumberFormatOverride(new DecimalFormat("#,##0.####"));
        StatisticalBarRenderer bars = new StatisticalBarRenderer();
        bars.setSeriesPaint(0, BASELINE);
        bars.setSeriesPaint(1, CACHED);
        bars.setErrorIndicatorPaint(Color.BLACK);
        bars.setErrorIndicatorStroke(new BasicStroke(1.5f));
        bars.setShadowVisible(false);
        bars.setItemMargin(-1);
        bars.setBase(Math.pow(10, Math.floor(Math.log10(smallest / 2))));

        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(), scores, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.addSubtitle(new TextTitle(machine, new Font(Font.SANS_SERIF, Font.PLAIN, 11)));
        chart.setBackgroundPaint(Color.WHITE);
        try {
            ChartUtils.saveChartAsPNG(file.toFile(), chart, 1200, 160 + 48 * rows.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the chart " + file, e);
        }
    }
}
