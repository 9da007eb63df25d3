package org.carecast.publishing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.OutboundPost;
import org.carecast.shared.Actor;
import org.carecast.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.verify;

/**
 * A post in English with a Spanish translation: stored, checked and published per account
 * in the language that account publishes, with the language code the networks take.
 */
class PostLanguagesIntegrationTests extends PublishingIntegrationSupport {

	private static final String ENGLISH = "Flu shots are free at our clinics this week. No appointment needed.";

	private static final String SPANISH = "Las vacunas contra la gripe son gratis esta semana. No necesita cita.";

	@Autowired
	private PostGuardrail guardrail;

	private Actor author;

	private UUID english;

	private UUID spanish;

	@BeforeEach
	void accountsInTwoLanguages() {
		this.author = this.clinic.person(Role.AUTHOR).actor();
		this.english = this.accounts.account(this.clinic.id(), ChannelNetwork.MASTODON);
		this.spanish = this.accounts.account(this.clinic.id(), ChannelNetwork.BLUESKY);
	}

	@Test
	void aTranslationIsStoredAndEachAccountPublishesItsLanguage() {
		Post post = this.posts.create(this.author, bilingual(" ES ", "es"));

		Post stored = this.posts.get(this.author, post.id());
		assertThat(stored.languages().base()).isEqualTo("en");
		assertThat(stored.languages().translations()).containsExactly(new Translation("es", SPANISH));
		Variant toEnglish = variant(stored, this.english);
		Variant toSpanish = variant(stored, this.spanish);
		assertThat(toEnglish.language()).isNull();
		assertThat(toSpanish.language()).isEqualTo("es");
		assertThat(stored.textOf(toEnglish)).isEqualTo(ENGLISH);
		assertThat(stored.textOf(toSpanish)).isEqualTo(SPANISH);
		assertThat(stored.languageOf(toEnglish)).isEqualTo("en");
		assertThat(stored.languageOf(toSpanish)).isEqualTo("es");

		// The guardrail checks what each account will actually publish.
		assertThat(this.guardrail.check(stored)).extracting(VariantCheck::text)
			.containsExactlyInAnyOrder(ENGLISH, SPANISH);
	}

	@Test
	void anAccountsOwnTextWinsOverTheTranslation() {
		PostDraft draft = bilingual("es", "es");
		PostDraft withOwn = new PostDraft(draft.baseText(), null, null, null, null, null,
				List.of(new PostDraft.Target(this.spanish, "¡Vacúnese hoy!", null, null, "es")))
			.withLanguages(draft.languages());
		Post post = this.posts.create(this.author, withOwn);
		assertThat(post.textOf(variant(post, this.spanish))).isEqualTo("¡Vacúnese hoy!");
		assertThat(post.languageOf(variant(post, this.spanish))).isEqualTo("es");
	}

	@Test
	void editingReplacesTheTranslations() {
		Post post = this.posts.create(this.author, bilingual("es", "es"));
		PostDraft vietnamese = new PostDraft(ENGLISH, null, null, null, null, null,
				List.of(new PostDraft.Target(this.spanish, null, null, null, "vi")))
			.withLanguages(
					new PostLanguages("en", List.of(new Translation("vi", "Tiêm phòng cúm miễn phí tuần này."))));
		Post edited = this.posts.update(this.author, post.id(), post.version(), vietnamese);

		Post stored = this.posts.get(this.author, edited.id());
		assertThat(stored.languages().translations()).extracting(Translation::language).containsExactly("vi");
		assertThat(stored.textOf(variant(stored, this.spanish))).startsWith("Tiêm phòng");
		assertThat(this.jdbc.sql("select count(*) from post_translation where post_id = ?")
			.param(post.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDeliveryCarriesTheTranslationAndItsLanguageCode() {
		PostDraft draft = bilingual("es", "es");
		Post post = this.posts.create(this.author,
				new PostDraft(draft.baseText(), null, null, null, null, Instant.now(), draft.targets())
					.withLanguages(draft.languages()));
		Actor reviewer = this.clinic.person(Role.REVIEWER).actor();
		Post submitted = this.review.submit(this.author, post.id(), post.version());
		Post approved = this.review.approve(reviewer, post.id(), submitted.version(), null);
		this.review.schedule(reviewer, post.id(), approved.version(), Instant.now());
		PublishingFixture.await(ScheduledPublishingIntegrationTests.WITHIN,
				() -> this.posts.get(this.author, post.id()).state() == PostState.PUBLISHED);

		assertThat(sent(this.english)).singleElement().satisfies((p) -> {
			assertThat(p.text()).isEqualTo(ENGLISH);
			assertThat(p.language()).isEqualTo("en");
		});
		assertThat(sent(this.spanish)).singleElement().satisfies((p) -> {
			assertThat(p.text()).isEqualTo(SPANISH);
			assertThat(p.language()).isEqualTo("es");
		});
	}

	@Test
	void aLinkIsPublishedInTheTextOrBesideItAsTheNetworkTakesIt() {
		UUID facebook = this.accounts.account(this.clinic.id(), ChannelNetwork.FACEBOOK);
		String link = "https://clinic.example/flu";
		Post post = this.posts.create(this.author,
				new PostDraft(ENGLISH, null, null, null, null, Instant.now(),
						List.of(new PostDraft.Target(this.english, null, link, null),
								new PostDraft.Target(facebook, null, link, null))));
		Actor reviewer = this.clinic.person(Role.REVIEWER).actor();
		Post submitted = this.review.submit(this.author, post.id(), post.version());
		Post approved = this.review.approve(reviewer, post.id(), submitted.version(), null);
		this.review.schedule(reviewer, post.id(), approved.version(), Instant.now());
		PublishingFixture.await(ScheduledPublishingIntegrationTests.WITHIN,
				() -> this.posts.get(this.author, post.id()).state() == PostState.PUBLISHED);

		assertThat(sent(this.english)).singleElement().satisfies((p) -> {
			assertThat(p.text()).isEqualTo(ENGLISH + "\n\n" + link);
			assertThat(p.link()).isNull();
		});
		assertThat(sent(facebook)).singleElement().satisfies((p) -> {
			assertThat(p.text()).isEqualTo(ENGLISH);
			assertThat(p.link()).isEqualTo(link);
		});
	}

	@Test
	void aPostWithoutLanguagesPublishesWithoutACode() {
		Post post = this.posts.create(this.author, PostDraft.of(ENGLISH, null, this.english));
		assertThat(post.languages()).isEqualTo(PostLanguages.NONE);
		assertThat(post.languageOf(variant(post, this.english))).isNull();
	}

	@Test
	void badLanguagesAreRefusedWithPlainMessagesAndNothingIsStored() {
		long before = count();
		assertRefused(withLanguages("en", List.of(new Translation("xx", SPANISH)), null), "from the list");
		assertRefused(withLanguages("english", List.of(), null), "two-letter");
		assertRefused(withLanguages("en", List.of(new Translation("en", SPANISH)), null), "already has English text");
		assertRefused(
				withLanguages("en", List.of(new Translation("es", SPANISH), new Translation("ES", "Otra vez.")), null),
				"already has Spanish text");
		assertRefused(withLanguages(null, List.of(new Translation("es", SPANISH)), null), "language of the main text");
		assertRefused(withLanguages("en", List.of(new Translation("es", "  ")), null), "Write the Spanish text");
		assertRefused(withLanguages("en", List.of(new Translation(null, SPANISH)), null), "language of each");
		assertRefused(withLanguages("en", List.of(), "fr"), "no such translation");
		assertRefused(withLanguages("en", List.of(new Translation("es", "a".repeat(10_001))), null), "10,000");
		assertRefused(withLanguages("en", List.of(new Translation("es'; drop table post; --", SPANISH)), null),
				"from the list");
		List<Translation> eleven = List.of("es", "fr", "de", "it", "pt", "vi", "ko", "ja", "ru", "ar", "tl")
			.stream()
			.map((code) -> new Translation(code, "Text in " + code))
			.toList();
		assertRefused(withLanguages("en", eleven, null), "at most 10");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void blankTranslationRowsAndAnAccountNamingTheBaseLanguageAreTidied() {
		Post post = this.posts.create(this.author,
				withLanguages("EN", List.of(new Translation(null, " "), new Translation("es", SPANISH)), "en"));
		assertThat(post.languages().base()).isEqualTo("en");
		assertThat(post.languages().translations()).extracting(Translation::language).containsExactly("es");
		assertThat(variant(post, this.english).language()).isNull();
	}

	private PostDraft bilingual(String translationCode, String spanishAccountLanguage) {
		return new PostDraft(ENGLISH, null, null, null, null, null,
				List.of(new PostDraft.Target(this.english, null, null, null),
						new PostDraft.Target(this.spanish, null, null, null, spanishAccountLanguage)))
			.withLanguages(new PostLanguages("en", List.of(new Translation(translationCode, SPANISH))));
	}

	private PostDraft withLanguages(String base, List<Translation> translations, String englishAccountLanguage) {
		return new PostDraft(ENGLISH, null, null, null, null, null,
				List.of(new PostDraft.Target(this.english, null, null, null, englishAccountLanguage)))
			.withLanguages(new PostLanguages(base, translations));
	}

	private void assertRefused(PostDraft draft, String message) {
		assertThatThrownBy(() -> this.posts.create(this.author, draft)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(message);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from post where organization_id = ?")
			.param(this.clinic.id())
			.query(Long.class)
			.single();
	}

	private static Variant variant(Post post, UUID account) {
		return post.variants().stream().filter((v) -> v.accountId().equals(account)).findFirst().orElseThrow();
	}

	private List<OutboundPost> sent(UUID account) {
		ArgumentCaptor<OutboundPost> sent = ArgumentCaptor.forClass(OutboundPost.class);
		verify(this.publisher, atLeast(0)).publish(any(), eq(account), sent.capture(), anyInt(), any());
		return sent.getAllValues();
	}

}
