package workshop.lesson05.verdict;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The comparison in one picture: latency per operation and size (the 2×2 of clients and the raw-socket floor, error
 * bars clipped at the axis), throughput as client threads are added, memory per item, and hit ratio over time at a
 * fixed memory budget.
 */
final class VerdictChart {

    private static final Color REDIS = new Color(0xC62828);
    private static final Color REDIS_ASYNC = new Color(0xF57C00);
    private static final Color REDIS_FLOOR = new Color(0xEF9A9A);
    private static final Color MEMCACHED = new Color(0x1565C0);
    private static final Color MEMCACHED_FLOOR = new Color(0x90CAF9);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);

    private VerdictChart() {
    }

    static void write(VerdictReport report, String title, String machine, Path file) {
        int width = 1600;
        BufferedImage image = new BufferedImage(width, 1100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, 1100);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
        g.drawString(title, 20, 34);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(machine, 20, 56);
        latency(report).draw(g, new Rectangle2D.Double(0, 70, width, 560));
        throughput(report).draw(g, new Rectangle2D.Double(0, 640, width / 3.0, 450));
        memory(report).draw(g, new Rectangle2D.Double(width / 3.0, 640, width / 3.0, 450));
        eviction(report).draw(g, new Rectangle2D.Double(2 * width / 3.0, 640, width / 3.0, 450));
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static JFreeChart latency(VerdictReport report) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        double top = 0;
        for (String operation : List.of("get", "set")) {
            for (int size : VerdictRunner.VALUE_SIZES) {
                String category = operation.toUpperCase(Locale.ROOT) + " " + VerdictReport.size(size);
                for (String store : Stores.CLIENTS) {
                    var score = report.latency(store, operation, size);
                    if (score.isPresent()) {
                        data.add(score.get().value(), score.get().error(), Stores.label(store), category);
                        top = Math.max(top, score.get().value() + score.get().error());
                    }
                }
            }
        }
        NumberAxis micros = new NumberAxis("µs per operation, one at a time (lower is faster; bars: 99.9% confidence)");
        // From zero: an interval wider than its score is clipped at the axis, never drawn below it.
        micros.setRange(0, axisTop(top));
        StatisticalBarRenderer bars = new StatisticalBarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setErrorIndicatorPaint(Color.BLACK);
        colour(bars, data.getRowKeys());
        bars.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), micros, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return white(new JFreeChart("Latency: each client beside its server's own tool", TITLE, plot, true));
    }

    private static JFreeChart throughput(VerdictReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String store : Stores.CLIENTS) {
            for (int threads : VerdictRunner.THREADS) {
                int t = threads;
                report.score("VerdictThroughputBenchmark.get", store, 100, threads)
                        .ifPresent(s -> data.addValue(s.value(), Stores.label(store), t + (t == 1 ? " thread" : " threads")));
            }
        }
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        colour(lines, data.getRowKeys());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("client threads, one connection each"),
                new NumberAxis("GETs per ms (higher is better)"), lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return white(new JFreeChart("Throughput as clients are added (GET 100 B)", TITLE, plot, true));
    }

    private static JFreeChart memory(VerdictReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (MemoryPerItem.Measured measured : report.memory()) { // the first count of each: used_memory, slab pages + hash table
            data.addValue(measured.overhead(), measured.server().equals("Redis") ? "Redis" : "Memcached",
                    VerdictReport.size(measured.valueSize()) + " values");
        }
        BarRenderer bars = new BarRenderer();
        bars.setShadowVisible(false);
        bars.setBarPainter(new StandardBarPainter());
        colour(bars, data.getRowKeys());
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis("server bytes per byte stored (1 = no overhead)"), bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return white(new JFreeChart("Memory per item, from each server's own stats", TITLE, plot, true));
    }

    private static JFreeChart eviction(VerdictReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (EvictionRun.Curve curve : report.eviction()) {
            if (curve.alpha() != VerdictRunner.ALPHAS.get(0)) {
                continue;
            }
            for (EvictionRun.Window window : curve.windows()) {
                data.addValue(100 * window.hitRatio(), curve.policy().label(),
                        (window.phase() == 0 ? "" : "shift ") + (window.index() + 1));
            }
        }
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        colour(lines, data.getRowKeys());
        NumberAxis percent = new NumberAxis("hit ratio, % (server counters)");
        percent.setRange(0, 100);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("window of requests (then after the value sizes grow)"), percent, lines);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return white(new JFreeChart("Eviction at 64 MB, Zipf α " + VerdictRunner.ALPHAS.get(0), TITLE, plot, true));
    }

    /** The latency axis's top: a little above the highest bar with its interval, at least 1 µs. */
    static double axisTop(double highest) {
        return Math.max(1, highest * 1.05);
    }

    private static JFreeChart white(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void colour(AbstractCategoryItemRenderer renderer, List<?> series) {
        for (int i = 0; i < series.size(); i++) {
            String name = series.get(i).toString();
            boolean redis = name.startsWith("Redis");
            boolean floor = name.contains("raw") || name.contains("automove off");
            boolean async = name.contains("async") || name.contains("lfu");
            renderer.setSeriesPaint(i, redis ? (floor ? REDIS_FLOOR : async ? REDIS_ASYNC : REDIS) : floor ? MEMCACHED_FLOOR : MEMCACHED);
        }
    }
}
