package org.carecast.guardrail.internal.misinformation;

import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

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

	private final AllMiniLmL6V2QuantizedEmbeddingModel model;

	private SentenceEncoder() {
		// Run batches on the calling thread: the guardrail is already called from many
		// threads, and a hidden pool would compete with them.
		this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
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

	private static final class Holder {

		private static final SentenceEncoder INSTANCE = new SentenceEncoder();

	}

}
