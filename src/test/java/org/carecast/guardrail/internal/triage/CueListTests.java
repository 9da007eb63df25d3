package org.carecast.guardrail.internal.triage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CueListTests {

	private static final Map<String, String[]> SPELLINGS = Spellings.load();

	private static final CueList CUES = CueList
		.parse(List.of("# a comment", "@ demo 0.5 | A demo cue.", "(want|wants) to die", "take my (own)? life",
				"suicid*", "*statin", "feel ~ tired", "took <many> (pills|tablets)"));

	@Test
	void groupsOfPhrasesAreWrittenOutAndGroupsOfWordsStayOneSlot() {
		assertThat(CueList.expand("(a|b) (c d|e)")).containsExactlyInAnyOrder("a|b c d", "a|b e");
		assertThat(CueList.expand("take my (own)? life")).containsExactly("take my own? life");
		assertThat(CueList.expand("take ( her | his ) life")).containsExactly("take her|his life");
		assertThat(CueList.expand("(c d)? e")).containsExactlyInAnyOrder("c d e", "e");
		// An optional opening group is written out so the phrase keeps an opening word.
		assertThat(CueList.expand("(very)? sad")).containsExactlyInAnyOrder("very sad", "sad");
		assertThat(CueList.expand("feel (*|~) tired")).containsExactlyInAnyOrder("feel * tired", "feel ~ tired");
	}

	@Test
	void aSlotOfWordsMatchesWhatTheWrittenOutPhrasesMatched() {
		CueList slots = CueList.parse(List.of("@ demo 0.5 | A demo cue.", "(got|took) (a|my)? (rash|fever) (today)?"));
		for (String text : List.of("got rash", "took my fever today", "got a rash today", "took fever")) {
			assertThat(slots.find(WordSequence.of(text, SPELLINGS))).as(text).hasSize(1);
		}
		for (String text : List.of("got the rash", "rash got", "took a my rash", "got. rash")) {
			assertThat(slots.find(WordSequence.of(text, SPELLINGS))).as(text).isEmpty();
		}
	}

	@Test
	void matchesWordsPrefixesSuffixesGapsAndAmounts() {
		assertThat(count("he wants to die")).isEqualTo(1);
		assertThat(count("i want to take my own life")).isEqualTo(1);
		assertThat(count("suicidal thoughts")).isEqualTo(1);
		assertThat(count("started atorvastatin")).isEqualTo(1);
		assertThat(count("i feel really very tired")).isEqualTo(1);
		assertThat(count("i took 30 pills")).isEqualTo(1);
	}

	@Test
	void nearMissesDoNotMatch() {
		assertThat(count("the statin")).isZero();
		assertThat(count("i took 2 pills")).isZero();
		assertThat(count("i feel that you are all so very tired")).isZero();
		assertThat(count("i want to. die hard is a movie")).isZero();
	}

	@Test
	void chatSpellingsAreWrittenOut() {
		WordSequence words = WordSequence.of("i cant, kms rn", SPELLINGS);
		assertThat(words.word(1)).isEqualTo("can't");
		assertThat(List.of(words.word(2), words.word(3), words.word(4), words.word(5))).containsExactly("kill",
				"myself", "right", "now");
	}

	@Test
	void linksMentionsHashtagsAndEmojiBecomeWords() {
		WordSequence words = WordSequence.of("@clinic see bit.ly/x1 #Grateful 🙏 ok?", SPELLINGS);
		assertThat(words.word(0)).isEqualTo(WordSequence.MENTION);
		assertThat(words.word(2)).isEqualTo(WordSequence.URL);
		assertThat(words.word(3)).isEqualTo("url:bit.ly");
		assertThat(words.word(4)).isEqualTo("grateful");
		assertThat(words.word(5)).isEqualTo("🙏");
		assertThat(words.hashtags()).isEqualTo(1);
		assertThat(words.isQuestion(0)).isTrue();
		WordSequence link = WordSequence.of("see https://www.example.com/a?b=1 now", SPELLINGS);
		assertThat(link.word(1)).isEqualTo(WordSequence.URL);
		assertThat(link.word(2)).isEqualTo("url:example.com");
	}

	@Test
	void malformedLexiconLinesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CueList.parse(List.of("orphan phrase")));
		assertThatIllegalArgumentException().isThrownBy(() -> CueList.parse(List.of("@ demo | no weight", "x")));
		assertThatIllegalArgumentException().isThrownBy(() -> CueList.parse(List.of("@ demo 0.5 | ok", "~ x")));
		assertThatIllegalArgumentException().isThrownBy(() -> CueList.parse(List.of("@ demo 0.5 | ok", "(a|b x")));
	}

	private static int count(String text) {
		return CUES.find(WordSequence.of(text, SPELLINGS)).size();
	}

}
