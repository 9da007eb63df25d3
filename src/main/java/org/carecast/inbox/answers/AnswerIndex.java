package org.carecast.inbox.answers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An immutable in-memory BM25 index of answers, searched by question and focus (the
 * condition or topic) with the answer text as a weaker field. Built once, then read by
 * any number of threads.
 */
public final class AnswerIndex {

	/** How much a field counts: the topic most, the answer body least. */
	static final float FOCUS_BOOST = 2.0f;

	static final float QUESTION_BOOST = 1.0f;

	static final float ANSWER_BOOST = 0.25f;

	/** Longer texts are cut: enough for a question, and a query stays cheap. */
	static final int MAX_QUERY_CHARS = 2_000;

	static final int MAX_QUERY_TERMS = 40;

	private static final String POSITION = "position";

	private final Analyzer analyzer = new EnglishAnalyzer();

	private final List<IndexedAnswer> answers;

	private final IndexSearcher searcher;

	private AnswerIndex(List<IndexedAnswer> answers, IndexSearcher searcher) {
		this.answers = answers;
		this.searcher = searcher;
	}

	/** What is indexed of one answer; {@code focus} may be empty. */
	public record IndexedAnswer(String question, String focus, String answer) {

		@Override
		public String toString() {
			return "IndexedAnswer[" + this.question.length() + " chars]";
		}

	}

	/**
	 * One hit: the position of the answer in the list the index was built from and its
	 * BM25 score. Unlike the score, the two shares compare between indexes and queries.
	 *
	 * @param coverage the share of the answer's question terms found in the query (0 to
	 * 1): a long message full of other words still covers a short question it asks
	 * @param focusMatch the share of the focus's terms found in the query (0 when the
	 * answer has no focus); 1 means the question names the answer's topic
	 */
	public record Hit(int position, double score, double coverage, double focusMatch) {

		/**
		 * Worth suggesting: the question names the topic, or shares most of its words.
		 */
		public boolean relevant() {
			return this.focusMatch >= 1.0 || this.coverage >= 0.5;
		}

	}

	public static AnswerIndex of(List<IndexedAnswer> answers) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer()))) {
			for (int i = 0; i < answers.size(); i++) {
				IndexedAnswer answer = answers.get(i);
				Document document = new Document();
				document.add(new StoredField(POSITION, i));
				document.add(new TextField("question", answer.question(), Field.Store.NO));
				document.add(new TextField("focus", answer.focus(), Field.Store.NO));
				document.add(new TextField("answer", answer.answer(), Field.Store.NO));
				writer.addDocument(document);
			}
			writer.forceMerge(1);
			writer.commit();
			return new AnswerIndex(List.copyOf(answers), new IndexSearcher(DirectoryReader.open(directory)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the answer index in memory", ex);
		}
	}

	public int size() {
		return this.answers.size();
	}

	public IndexedAnswer answer(int position) {
		return this.answers.get(position);
	}

	/** The best {@code limit} answers for a free-text question, best first. */
	public List<Hit> search(String text, int limit) {
		Set<String> terms = terms(text);
		if (terms.isEmpty() || this.answers.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : terms) {
			query.add(field("focus", term, FOCUS_BOOST), Occur.SHOULD);
			query.add(field("question", term, QUESTION_BOOST), Occur.SHOULD);
			query.add(field("answer", term, ANSWER_BOOST), Occur.SHOULD);
		}
		try {
			List<Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : this.searcher.search(query.build(), limit).scoreDocs) {
				int position = this.searcher.storedFields()
					.document(doc.doc)
					.getField(POSITION)
					.numericValue()
					.intValue();
				IndexedAnswer answer = this.answers.get(position);
				hits.add(new Hit(position, doc.score, share(terms(answer.question()), terms),
						share(terms(answer.focus()), terms)));
			}
			return hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot search the answer index", ex);
		}
	}

	/** The distinct analysed terms (stemmed, no stop words) of a text. */
	Set<String> terms(String text) {
		String bounded = (text.length() > MAX_QUERY_CHARS) ? text.substring(0, MAX_QUERY_CHARS) : text;
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = this.analyzer.tokenStream("question", bounded)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot analyse a question", ex);
		}
		return terms;
	}

	/** The share of {@code wanted} found in {@code in}; 0 when nothing is wanted. */
	private static double share(Set<String> wanted, Set<String> in) {
		if (wanted.isEmpty()) {
			return 0;
		}
		long found = wanted.stream().filter(in::contains).count();
		return (double) found / wanted.size();
	}

	private static Query field(String field, String term, float boost) {
		return new BoostQuery(new TermQuery(new Term(field, term)), boost);
	}

}
