package org.carecast.guardrail.internal.misinformation;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceEncoderTests {

	@Test
	void theModelLoadsFromTheClasspathWithoutTheNetwork() throws Exception {
		assertThat(getClass().getClassLoader().getResource("all-minilm-l6-v2-q.onnx")).isNotNull();
		List<URI> attempts = new ArrayList<>();
		ProxySelector original = ProxySelector.getDefault();
		// Any URL connection (a model download, a tokenizer fetch) asks the default
		// selector first; record and refuse them all.
		ProxySelector.setDefault(new ProxySelector() {
			@Override
			public List<Proxy> select(URI uri) {
				attempts.add(uri);
				throw new IllegalStateException("network use while loading the model: " + uri);
			}

			@Override
			public void connectFailed(URI uri, SocketAddress address, IOException ex) {
			}
		});
		try {
			float[] vector = SentenceEncoder.shared().encode("Flu shots are available on Saturday mornings.");
			assertThat(vector).hasSize(SentenceEncoder.DIMENSIONS);
			assertThat(SentenceEncoder.dot(vector, vector)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
		}
		finally {
			ProxySelector.setDefault(original);
		}
		assertThat(attempts).isEmpty();
	}

	@Test
	void sentencesThatMeanTheSameAreCloserThanUnrelatedOnes() {
		SentenceEncoder encoder = SentenceEncoder.shared();
		float[] myth = encoder.encode("Vaccines cause autism.");
		float[] paraphrase = encoder.encode("Kids become autistic because of their shots.");
		float[] unrelated = encoder.encode("Our parking garage is closed for repairs this weekend.");
		assertThat(SentenceEncoder.dot(myth, paraphrase)).isGreaterThan(SentenceEncoder.dot(myth, unrelated) + 0.2f);
	}

	/** Our single-threaded session gives the vectors langchain4j's own model gives. */
	@Test
	void vectorsAreThoseOfTheLangchain4jModel() {
		var reference = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel(
				Runnable::run);
		for (String text : List.of("I don't want to be here anymore.", "Can I take ibuprofen with my pills?", "ok")) {
			float[] expected = reference.embed(text).content().vector();
			float[] ours = SentenceEncoder.shared().encode(text);
			assertThat(SentenceEncoder.dot(ours, expected) / Math.sqrt(SentenceEncoder.dot(expected, expected)))
				.as(text)
				.isGreaterThan(0.99999);
		}
	}

	@Test
	void batchAndSingleEncodingAgree() {
		SentenceEncoder encoder = SentenceEncoder.shared();
		String text = "Antibiotics do not work on viruses.";
		float[] single = encoder.encode(text);
		float[] batch = encoder.encodeAll(List.of("Something else entirely.", text))[1];
		assertThat(SentenceEncoder.dot(single, batch)).isGreaterThan(0.999f);
	}

}
