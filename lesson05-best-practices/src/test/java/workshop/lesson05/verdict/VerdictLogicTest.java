package workshop.lesson05.verdict;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import workshop.lesson05.verdict.VerdictReport.Score;

/** The verdict's pure logic, without a server: fast and deterministic. */
class VerdictLogicTest {

    @Test
    void zipfDrawsEachRankAboutAsOftenAsItsShareAndTheSameSeedGivesTheSameRequests() {
        ZipfSampler zipf = new ZipfSampler(1_000, 1.0, 7);
        int draws = 200_000;
        int[] counts = new int[1_000];
        for (int i = 0; i < draws; i++) {
            counts[zipf.next()]++;
        }

        // Rank 0 gets 1 / H(1000) ≈ 13.4% of the requests; the top 10 about 39%; every rank is a valid index.
        assertThat((double) counts[0] / draws).as("share of the hottest key").isCloseTo(zipf.shareOfTop(1), org.assertj.core.data.Offset.offset(0.005));
        assertThat((double) IntStream.of(counts).limit(10).sum() / draws).as("share of the ten hottest keys")
                .isCloseTo(zipf.shareOfTop(10), org.assertj.core.data.Offset.offset(0.01));
        assertThat(counts[0]).as("the hottest key is drawn more often than the tenth").isGreaterThan(counts[9]);
        ZipfSampler again = new ZipfSampler(1_000, 1.0, 7);
        ZipfSampler other = new ZipfSampler(1_000, 1.0, 7);
        assertThat(IntStream.range(0, 100).map(i -> again.next()).toArray()).as("the same seed, the same requests")
                .isEqualTo(IntStream.range(0, 100).map(i -> other.next()).toArray());
    }

    @Test
    void aHigherAlphaConcentratesTheRequestsOnFewerKeys() {
        assertThat(new ZipfSampler(300_000, 1.2, 1).shareOfTop(10_000)).as("top 10,000 keys of 300,000 at α 1.2")
                .isGreaterThan(new ZipfSampler(300_000, 0.9, 1).shareOfTop(10_000));
    }

    @Test
    void aRatioIsPrintedOnlyWhenTheIntervalsDoNotOverlap() {
        assertThat(VerdictReport.ratio(Optional.of(new Score(50, 5)), Optional.of(new Score(25, 2)))).as("50 ± 5 against 25 ± 2").isEqualTo("2.00×");
        assertThat(VerdictReport.ratio(Optional.of(new Score(30, 14)), Optional.of(new Score(25, 2)))).as("30 ± 14 against 25 ± 2")
                .isEqualTo(VerdictReport.NO_DIFFERENCE);
        assertThat(VerdictReport.ratio(Optional.of(new Score(30, Double.NaN)), Optional.of(new Score(25, 1)))).as("an interval JMH could not compute")
                .isEqualTo(VerdictReport.NO_DIFFERENCE);
        assertThat(VerdictReport.ratio(Optional.empty(), Optional.of(new Score(25, 1)))).as("a missing figure").isEqualTo("–");
    }

    @Test
    void aStepThatFailsTwiceIsReportedAndTheRestOfTheReportIsStillWritten() {
        List<String> log = new ArrayList<>();
        Steps steps = new Steps(2, log::add);
        int[] calls = {0};

        Optional<String> failed = steps.run("memory, Memcached, 100 B", () -> {
            calls[0]++;
            throw new IllegalStateException("A write failed", new java.util.concurrent.TimeoutException("timed out after 1000 ms"));
        });
        Optional<String> passedOnRetry = steps.run("latency, jedis", () -> {
            if (calls[0]++ == 2) {
                throw new IllegalStateException("busy machine");
            }
            return "ok";
        });
        String report = new VerdictReport(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), EvictionRun.plan(false),
                steps.failures(), List.of("a note")).render(new VerdictReport.Context("Machine: test", LoadAverage.parse("3.49 1.65 1.46 2/512 1"),
                LoadAverage.parse("5.00 2.00 1.50 1/500 2"), "lowest 3.49, median 4.00, highest 5.00 (3 readings, one every 10 s)",
                "a build of lesson 02", java.time.Duration.ofSeconds(754), CorePinning.describe(true), "quick mode"));

        assertThat(failed).as("a step that failed twice gives no result").isEmpty();
        assertThat(calls[0]).as("calls: two for the failing step, two for the one that passed on its retry").isEqualTo(4);
        assertThat(passedOnRetry).as("a step that failed once and passed on its retry").contains("ok");
        assertThat(steps.failures()).as("the failures written down").extracting(Steps.Failure::step).containsExactly("memory, Memcached, 100 B");
        assertThat(report).as("the report")
                .contains("Steps that failed", "memory, Memcached, 100 B", "TimeoutException: timed out after 1000 ms")
                .contains("3.49 / 1.65 / 1.46 at the start, 5.00 / 2.00 / 1.50 at the end; the 1-minute figure during the run: lowest 3.49")
                .contains("Beside it: a build of lesson 02.").contains("The run took 12 min 34 s.")
                .contains("servers on core 1").contains("## The 2×2").contains("## Throughput").contains("Note: a note");
        assertThat(log).as("each failed attempt is logged").hasSize(3);
    }

    @Test
    void bothProtocolsAreReadWithTheSameShape() throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        WireProtocol.RESP.writeGet(request, "k".getBytes(US_ASCII));
        assertThat(request.toString(US_ASCII)).as("a RESP GET").isEqualTo("*2\r\n$3\r\nGET\r\n$1\r\nk\r\n");
        request.reset();
        WireProtocol.MEMCACHED_TEXT.writeSet(request, "k".getBytes(US_ASCII), "abc".getBytes(US_ASCII));
        assertThat(request.toString(US_ASCII)).as("a Memcached set").isEqualTo("set k 0 0 3\r\nabc\r\n");

        assertThat(WireProtocol.RESP.readValue(in("$3\r\nabc\r\n"))).as("a RESP value").isEqualTo("abc".getBytes(US_ASCII));
        assertThat(WireProtocol.RESP.readValue(in("$-1\r\n"))).as("a RESP nil").isNull();
        assertThat(WireProtocol.MEMCACHED_TEXT.readValue(in("VALUE k 0 3\r\na\r\n\r\nEND\r\n"))).as("a Memcached value holding CRLF")
                .isEqualTo("a\r\n".getBytes(US_ASCII));
        assertThat(WireProtocol.MEMCACHED_TEXT.readValue(in("END\r\n"))).as("a Memcached miss").isNull();
        assertThat(WireProtocol.MEMCACHED_TEXT.readValues(in("VALUE b 0 1\r\nB\r\nEND\r\n"), List.of("a".getBytes(US_ASCII), "b".getBytes(US_ASCII))))
                .as("a multi-get that found only the second key").satisfiesExactly(
                        a -> assertThat(a).isNull(), b -> assertThat(b).isEqualTo("B".getBytes(US_ASCII)));
        assertThat(WireProtocol.MEMCACHED_TEXT.readStored(in("SERVER_ERROR out of memory storing object\r\n"))).as("a refused set").isFalse();
        assertThat(WireProtocol.RESP.readStored(in("+OK\r\n"))).as("a stored SET").isTrue();
    }

    @Test
    void memcachedStatsAreParsedAndTheLoadAverageRead() {
        assertThat(MemcachedStats.parse(List.of("STAT get_hits 12", "STAT 1:chunk_size 96", "STAT total_malloced 1048576")))
                .as("stats lines").containsEntry("get_hits", "12").containsEntry("1:chunk_size", "96").containsEntry("total_malloced", "1048576");
        assertThat(LoadAverage.parse("0.52 0.58 0.59 1/467 1234")).as("/proc/loadavg").hasToString("0.52 / 0.58 / 0.59");
    }

    @Test
    void everyKeyKeepsItsValueSizeWithinAPhaseAndTheShiftGrowsThem() {
        EvictionRun.Plan plan = EvictionRun.plan(false);
        for (int rank = 0; rank < 1_000; rank++) {
            assertThat(plan.valueSize(rank, 0)).as("rank %d before the shift", rank).isIn(plan.sizesBefore()).isEqualTo(plan.valueSize(rank, 0));
            assertThat(plan.valueSize(rank, 1)).as("rank %d after the shift", rank).isIn(plan.sizesAfter());
        }
        assertThat(IntStream.range(0, 1_000).map(rank -> plan.valueSize(rank, 0)).distinct().count()).as("sizes used before the shift")
                .isEqualTo(plan.sizesBefore().size());
        assertThat(EvictionRun.hitRatio(3, 1)).as("3 hits, 1 miss").isEqualTo(0.75);
        assertThat(VerdictChart.axisTop(100)).as("the latency axis's top above a 100 µs bar").isEqualTo(105);
    }

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(US_ASCII));
    }

    @Test
    void theKernelsAccountingIsReadAndWhatIsLeftOverIsTheElapsedTimeLessBothSides() {
        assertThat(ServerCost.Accounting.parse("8333590 20788625 4\n")).as("a schedstat line: ns on a core, ns waiting for one, timeslices")
                .isEqualTo(new ServerCost.Accounting(8_333_590, 20_788_625));
        ServerCost.Cost cost = new ServerCost.Cost("Redis", "get", ServerCost.Placement.OWN_CORE, 10, 2, 50, 10, 5, 20, 5);
        assertThat(cost.leftOver()).as("left over: 50 µs elapsed less 10 + 5 on the server's side and 20 + 5 on the client's").isEqualTo(10);
        assertThat(ServerCost.render(List.of(cost))).as("the row of the table")
                .contains("| GET 100 B | Redis | a core of its own (the verdict's pinning) | 50.0 | 10.0 | 5.0 | 20.0 | 5.0 | 10.0 |");
    }

    @Test
    void aQuickRedisBenchmarkRunFitsItsBoundEvenOnAStarvedMachine() {
        // quick-1 (load 33) saw up to 4 ms per request; redis-benchmark makes `requests` SETs and as many GETs.
        for (int size : VerdictRunner.VALUE_SIZES) {
            int requests = VerdictRunner.redisBenchmarkRequests(workshop.support.bench.BenchmarkRunner.Mode.QUICK, size);
            assertThat(2 * requests * 4L).as("ms for a quick redis-benchmark run of %d B at 4 ms per request, within the 120 s bound", size)
                    .isLessThan(120_000L);
        }
    }

    @Test
    void theLoadDuringTheRunIsSummedUpByItsLowestMedianAndHighestReading() {
        assertThat(LoadDuringRun.summary(List.of(7.4, 0.61, 22.47, 3.0, 9.5))).as("five readings out of order")
                .isEqualTo("lowest 0.61, median 7.40, highest 22.47 (5 readings, one every 10 s)");
        assertThat(LoadDuringRun.summary(List.of())).as("no readings").isEqualTo("not read (no /proc/loadavg)");
    }

    @Test
    void theClientsOfARowMeetTheSameLoadInAnOrderReversedEveryOtherRow() {
        assertThat(VerdictRunner.interleaved(0)).as("an even row: the clients as listed").containsExactlyElementsOf(Stores.CLIENTS);
        assertThat(VerdictRunner.interleaved(1)).as("an odd row: the clients reversed")
                .containsExactly("raw-memcached", "spymemcached", "raw-redis", "lettuce", "jedis");
        assertThat(ServerCost.servers(1)).as("the servers' order in an odd round").containsExactly("Memcached", "Redis");
    }

    @Test
    void redisBenchmarkIsCutToWhatFitsItsTimeAtTheLatencyItsProbeMeasured() {
        assertThat(ServerFloor.fitting(150_000, 25)).as("a quiet machine, 25 µs per request: all 150,000 fit 30 s").isEqualTo(150_000);
        assertThat(ServerFloor.fitting(150_000, 1_000)).as("a starved machine, 1 ms per request: 15,000 SETs and as many GETs fill 30 s")
                .isEqualTo(15_000);
        assertThat(ServerFloor.fitting(150_000, 100_000)).as("never fewer than the probe's requests").isEqualTo(ServerFloor.PROBE);
    }
}
