package io.casus.app;

import io.casus.annotate.Annotator;
import io.casus.coder.Coder;
import io.casus.ingest.Sources;
import io.casus.model.Article;
import io.casus.model.CodedArticle;
import io.casus.source.Input;
import io.casus.source.ReadListener;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the pipeline over a list of inputs: reading streams on the calling thread, annotation and coding run on
 * {@code threads} workers sharing one annotator, and results reach the consumer in input order. An article that
 * fails anywhere is reported as skipped with its origin and the batch goes on.
 */
final class Batch {
    /** What a run did. */
    record Totals(int articles, long sentences, long tokens, long mentions, long times, long quotes, long events,
                  long annotateNanos, long codeNanos) {}

    /** Receives skipped inputs and records, and progress. */
    interface Listener {
        void skipped(String location, String reason);

        default void read(int articlesRead) {}

        default void done(int articlesDone) {}
    }

    private final Sources sources;
    private final Annotator annotator;
    private final Coder coder;
    private final int threads;

    Batch(Sources sources, Annotator annotator, Coder coder, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.sources = sources;
        this.annotator = annotator;
        this.coder = coder;
        this.threads = threads;
    }

    /** Reads, annotates and codes every input. */
    Totals run(List<Input> inputs, Consumer<CodedArticle> out, Listener listener) {
        return process(reader -> inputs.forEach(in -> sources.read(in, reader)), out, listener);
    }

    /** Annotates and codes articles already read (benchmarks time this part alone). */
    Totals runArticles(List<Article> articles, Consumer<CodedArticle> out, Listener listener) {
        return process(reader -> articles.forEach(reader::article), out, listener);
    }

    private Totals process(Consumer<ReadListener> feed, Consumer<CodedArticle> out, Listener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "casus-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> pending = new ArrayDeque<>();
        int[] counts = new int[3]; // read, done, coded
        java.util.concurrent.atomic.AtomicLong annotateNanos = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong codeNanos = new java.util.concurrent.atomic.AtomicLong();
        long[] sums = new long[6];
        Consumer<Pending> finish = p -> {
            try {
                CodedArticle c = p.future.get();
                sums[0] += c.annotated().sentences().size();
                sums[1] += c.annotated().tokenCount();
                sums[2] += c.mentions().size();
                sums[3] += c.times().size();
                sums[4] += c.quotes().size();
                sums[5] += c.events().stream().filter(io.casus.model.Event::asserted).count();
                counts[2]++;
                out.accept(c);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                listener.skipped(p.article.origin(), "could not be processed: " + cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            counts[1]++;
            listener.done(counts[1]);
        };
        ReadListener reader = new ReadListener() {
            @Override
            public void article(Article a) {
                counts[0]++;
                listener.read(counts[0]);
                pending.addLast(new Pending(a, pool.submit(() -> {
                    long t0 = System.nanoTime();
                    var annotated = annotator.annotate(a);
                    long t1 = System.nanoTime();
                    var coded = coder.code(annotated);
                    annotateNanos.addAndGet(t1 - t0);
                    codeNanos.addAndGet(System.nanoTime() - t1);
                    return coded;
                })));
                while (!pending.isEmpty() && (pending.peekFirst().future.isDone() || pending.size() > threads * 4)) {
                    finish.accept(pending.removeFirst());
                }
            }

            @Override
            public void skipped(String location, String reason) {
                listener.skipped(location, reason);
            }
        };
        try {
            feed.accept(reader);
            while (!pending.isEmpty()) {
                finish.accept(pending.removeFirst());
            }
        } finally {
            pool.shutdownNow();
        }
        return new Totals(counts[2], sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], annotateNanos.get(), codeNanos.get());
    }

    private record Pending(Article article, Future<CodedArticle> future) {}
}
