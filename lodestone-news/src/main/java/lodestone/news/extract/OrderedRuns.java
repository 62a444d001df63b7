package lodestone.news.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Runs a stage of the pipeline over consecutive runs of a list on the common fork-join pool and joins the runs'
 * results in the list's order. The result is the one a single pass over the whole list gives whenever the stage's
 * result for a run does not depend on what lies outside it: a filter that decides each element alone, or a reading of
 * sentences that looks back only a bounded number of sentences, cut where that many sentences yield nothing.
 */
final class OrderedRuns {
    private OrderedRuns() {}

    /**
     * @param items the list
     * @param size the least number of elements per run (a list shorter than two runs is one run, on the calling thread)
     * @param stage what one run gives
     * @return the runs' results, concatenated in order
     */
    static <T, R> List<R> map(List<T> items, int size, Function<List<T>, List<R>> stage) {
        return map(items, runs(items.size(), size, i -> true, 0), stage);
    }

    /**
     * Cuts {@code [0, size)} into runs of at least {@code length} indices, each cut placed only where the
     * {@code quiet} indices before it number at least {@code gap} in a row.
     *
     * @param size the number of indices
     * @param length the least length of a run
     * @param quiet whether an index yields nothing another index can look back to
     * @param gap how many quiet indices in a row must precede a cut
     * @return the runs as {@code [from, to)} pairs, in order, covering every index once
     */
    static List<int[]> runs(int size, int length, IntPredicate quiet, int gap) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        int quietBefore = 0;
        for (int i = 0; i < size; i++) {
            if (i - from >= length && quietBefore >= gap) {
                out.add(new int[] {from, i});
                from = i;
            }
            quietBefore = quiet.test(i) ? quietBefore + 1 : 0;
        }
        if (size > 0) {
            out.add(new int[] {from, size});
        }
        return out;
    }

    /**
     * @param items the list
     * @param runs the runs, as {@link #runs} gives them
     * @param stage what one run gives
     * @return the runs' results, concatenated in order (one run is read on the calling thread)
     */
    static <T, R> List<R> map(List<T> items, List<int[]> runs, Function<List<T>, List<R>> stage) {
        if (runs.size() <= 1) {
            return new ArrayList<>(stage.apply(items));
        }
        List<List<R>> parts = runs.parallelStream()
                .map(run -> stage.apply(items.subList(run[0], run[1])))
                .toList();
        List<R> out = new ArrayList<>();
        parts.forEach(out::addAll);
        return out;
    }
}
