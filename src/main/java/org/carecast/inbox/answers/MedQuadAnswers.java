package org.carecast.inbox.answers;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.carecast.inbox.answers.AnswerIndex.Hit;
import org.carecast.inbox.answers.AnswerIndex.IndexedAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The MedQuAD seed, searchable. Reading and indexing 14,000 answers takes a few seconds,
 * so the index is built once, on a background thread when the application is ready
 * (unless {@code carecast.inbox.answers.warm-up} is false, as in tests) or else on first
 * use; the first search waits for it. One index serves every organization.
 */
@Component
public class MedQuadAnswers {

	private static final Logger log = LoggerFactory.getLogger(MedQuadAnswers.class);

	private final AtomicReference<CompletableFuture<Loaded>> index = new AtomicReference<>();

	private final boolean warmUp;

	MedQuadAnswers(@Value("${carecast.inbox.answers.warm-up:true}") boolean warmUp) {
		this.warmUp = warmUp;
	}

	record Loaded(List<SeedAnswer> answers, AnswerIndex index) {
	}

	/** One answer with its hit. */
	public record Match(SeedAnswer answer, Hit hit) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		if (this.warmUp) {
			start(true);
		}
	}

	/** The best {@code limit} seed answers for a question, best first. */
	public List<Match> search(String text, int limit) {
		Loaded loaded = start(false).join();
		return loaded.index()
			.search(text, limit)
			.stream()
			.map((hit) -> new Match(loaded.answers().get(hit.position()), hit))
			.toList();
	}

	public int size() {
		return start(false).join().answers().size();
	}

	private CompletableFuture<Loaded> start(boolean background) {
		CompletableFuture<Loaded> existing = this.index.get();
		if (existing != null) {
			return existing;
		}
		CompletableFuture<Loaded> created = new CompletableFuture<>();
		if (!this.index.compareAndSet(null, created)) {
			return this.index.get();
		}
		if (background) {
			Thread builder = new Thread(() -> build(created), "answer-index");
			builder.setDaemon(true);
			builder.start();
		}
		else {
			build(created);
		}
		return created;
	}

	private static void build(CompletableFuture<Loaded> target) {
		try {
			long started = System.nanoTime();
			List<SeedAnswer> answers = MedQuadSeed.load();
			AnswerIndex index = AnswerIndex
				.of(answers.stream().map((a) -> new IndexedAnswer(a.question(), a.focus(), a.answer())).toList());
			log.info("Answer index: {} MedQuAD answers indexed in {} ms", answers.size(),
					(System.nanoTime() - started) / 1_000_000);
			target.complete(new Loaded(answers, index));
		}
		catch (RuntimeException ex) {
			log.error("Answer index could not be built; reply suggestions from MedQuAD are off", ex);
			target.completeExceptionally(ex);
		}
	}

}
