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
 * The comparison in one picture: latency per operation and size (each client beside its server's own tool, log
 * scale, error bars), throughput as client threads are added, and memory per item.
 */
final class VerdictChart {

    private static final Color REDIS = new Color(0xC62828);
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
        throughput(report).draw(g, new Rectangle2D.Double(0, 640, width / 2.0, 450));
        memory(report).draw(g, new Rectangle2D.Double(width / 2.0, 640, width / 2.0, 450));
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static JFreeChart latency(VerdictReport report) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (String operation : List.of("get", "set")) {
            for (int size : VerdictRunner.VALUE_SIZES) {
                String category = operation.toUpperCase(Locale.ROOT) + " " + VerdictReport.size(size);
                report.latency("redis", operation, size).ifPresent(s -> data.add(s.value(), s.error(), "Redis (Jedis)", category));
                report.floor("redis", operation, size).ifPresent(f -> data.add(f.averageMicros(), 0, "redis-benchmark", category));
                report.latency("memcached", operation, size).ifPresent(s -> data.add(s.value(), s.error(), "Memcached (spymemcached)", category));
                report.floor("memcached", operation, size).ifPresent(f -> data.add(f.averageMicros(), 0, "memaslap", category));
            }
        }
        NumberAxis micros = new NumberAxis("µs per operation, one at a time (lower is faster; bars: 99.9% confidence)");
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
        for (String store : VerdictReport.STORES) {
            for (int threads : VerdictRunner.THREADS) {
                int t = threads;
                report.score("VerdictThroughputBenchmark.get", store, 100, threads)
                        .ifPresent(s -> data.addValue(s.value(), VerdictReport.name(store), t + (t == 1 ? " thread" : " threads")));
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
        for (MemoryPerItem.Measured measured : report.memory()) {
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

    private static JFreeChart white(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void colour(AbstractCategoryItemRenderer renderer, List<?> series) {
        for (int i = 0; i < series.size(); i++) {
            String name = series.get(i).toString();
            renderer.setSeriesPaint(i, name.startsWith("Redis") ? REDIS : name.startsWith("redis-") ? REDIS_FLOOR
                    : name.startsWith("Memcached") ? MEMCACHED : MEMCACHED_FLOOR);
        }
    }
}
