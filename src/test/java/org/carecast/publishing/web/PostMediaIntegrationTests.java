package org.carecast.publishing.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestSessions;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditTrail;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.OutboundMedia;
import org.carecast.channels.OutboundPost;
import org.carecast.publishing.Post;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PostDraft.DraftImage;
import org.carecast.publishing.PostGuardrail;
import org.carecast.publishing.PostImage;
import org.carecast.publishing.PostState;
import org.carecast.publishing.PublishingFixture;
import org.carecast.publishing.PublishingIntegrationSupport;
import org.carecast.publishing.VariantCheck;
import org.carecast.publishing.internal.PostMediaRepository;
import org.carecast.publishing.internal.TestImages;
import org.carecast.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Images with required alt text, from the composer's upload to what a network receives,
 * through the real sign-in, filters and scheduler.
 */
@SpringBootTest(properties = "carecast.public-base-url=https://carecast.example.org/")
@ExtendWith(OutputCaptureExtension.class)
class PostMediaIntegrationTests extends PublishingIntegrationSupport {

	private static final String ALT = "Nurse giving a flu shot to Marguerite Oyelaran-Fitch in room 12";

	@Autowired
	private PostGuardrail guardrail;

	@Autowired
	private PostMediaRepository media;

	@Autowired
	private AuditTrail auditTrail;

	private Actor author;

	private UUID x;

	@BeforeEach
	void clinic() {
		this.author = this.clinic.person(Role.AUTHOR).actor();
		this.x = this.accounts.account(this.clinic.id(), ChannelNetwork.X);
	}

	@Test
	void anUploadWithAltTextIsStoredAndShownToTheTeam() throws Exception {
		byte[] png = TestImages.png();
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		this.mvc
			.perform(compose(new MockMultipartFile("newImage", "flu.png", "image/png", png), ALT, this.x)
				.session(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		Post post = this.posts.list(this.author, null).get(0);
		assertThat(post.images()).singleElement().satisfies((image) -> {
			assertThat(image.mimeType()).isEqualTo("image/png");
			assertThat(image.sizeBytes()).isEqualTo(png.length);
			assertThat(image.altText()).isEqualTo(ALT);
			assertThat(image.toString()).doesNotContain("Marguerite");
		});
		UUID imageId = post.images().get(0).id();
		MockHttpSession analyst = TestSessions.signIn(this.mvc, this.clinic.person(Role.ANALYST));
		this.mvc.perform(get("/posts/{id}/images/{imageId}", post.id(), imageId).session(analyst))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(png));
		String edit = this.mvc.perform(get("/posts/{id}/edit", post.id()).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("Alt text for image 1").contains("imageAltTexts[" + imageId + "]").contains(ALT);
	}

	@Test
	void anImageWithoutAltTextIsRefusedAndNothingIsSaved() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		String html = this.mvc
			.perform(compose(new MockMultipartFile("newImage", "flu.png", "image/png", TestImages.png()), "   ", this.x)
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("alt text is required")
			.contains("Choose the image file again")
			.contains("Flu shots this Saturday");
		assertThat(this.posts.list(this.author, null)).isEmpty();
	}

	@Test
	void aRenamedFileIsJudgedByWhatItContains() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		byte[] script = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
		String html = this.mvc
			.perform(compose(new MockMultipartFile("newImage", "photo.jpg", "image/jpeg", script), ALT, this.x)
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Image 1 is not a JPEG, PNG, GIF or WebP image");
		assertThat(this.posts.list(this.author, null)).isEmpty();
	}

	@Test
	void eachChosenNetworksRulesApply() throws Exception {
		UUID instagram = this.accounts.account(this.clinic.id(), ChannelNetwork.INSTAGRAM);
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		String html = this.mvc
			.perform(compose(new MockMultipartFile("newImage", "flu.png", "image/png", TestImages.png()), ALT, this.x,
					instagram)
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).containsPattern("Instagram \\([^)]+\\) takes JPEG images only; image 1 is PNG\\.");
		assertThat(this.posts.list(this.author, null)).isEmpty();
	}

	@Test
	void anAccountCanLeaveAnImageOutAndThenItsNetworksRulesDoNotApplyToIt() throws Exception {
		UUID instagram = this.accounts.account(this.clinic.id(), ChannelNetwork.INSTAGRAM);
		Post post = this.posts.create(this.author, PostDraft.of("Flu shots this Saturday.", null, this.x)
			.withImages(List.of(DraftImage.upload(TestImages.png(), ALT), DraftImage.upload(TestImages.jpeg(), ALT))));
		UUID png = post.images().get(0).id();
		UUID jpeg = post.images().get(1).id();
		PostDraft none = new PostDraft("Flu shots this Saturday.", null, null, null, null, null,
				List.of(new PostDraft.Target(this.x, null, null, null),
						new PostDraft.Target(instagram, null, null, null, null, java.util.Set.of(png, jpeg))));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.posts.update(this.author, post.id(), post.version(), none))
			.hasMessageContaining("needs at least one image");
		PostDraft both = new PostDraft("Flu shots this Saturday.", null, null, null, null, null,
				List.of(new PostDraft.Target(this.x, null, null, null), new PostDraft.Target(instagram,
						"Flu shots this Saturday. Link in bio.", null, null, null, java.util.Set.of(png))));
		Post edited = this.posts.update(this.author, post.id(), post.version(), both);
		org.carecast.publishing.Variant toInstagram = edited.variants()
			.stream()
			.filter((v) -> v.accountId().equals(instagram))
			.findFirst()
			.orElseThrow();
		assertThat(toInstagram.imagesLeftOut()).containsExactly(png);
		assertThat(edited.imagesOf(toInstagram)).extracting(PostImage::id).containsExactly(jpeg);
		assertThat(this.posts.get(this.author, post.id()).variants()).filteredOn((v) -> v.accountId().equals(instagram))
			.singleElement()
			.satisfies((v) -> assertThat(v.imagesLeftOut()).containsExactly(png));

		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		String edit = this.mvc.perform(get("/posts/{id}/edit", post.id()).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("Leave out image 1").contains("value=\"" + instagram + ":" + png + "\"");
		String detail = this.mvc.perform(get("/posts/{id}", post.id()).session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains("Attaches 1 of the post&#39;s 2 images");

		Actor reviewer = this.clinic.person(Role.REVIEWER).actor();
		Post submitted = this.review.submit(this.author, post.id(), edited.version());
		Post approved = this.review.approve(reviewer, post.id(), submitted.version(), null);
		this.review.schedule(reviewer, post.id(), approved.version(), Instant.now());
		Map<UUID, OutboundPost> sent = sent(this.x, instagram);
		assertThat(sent.get(this.x).media()).hasSize(2);
		assertThat(sent.get(instagram).media()).singleElement()
			.satisfies((m) -> assertThat(m.mimeType()).isEqualTo("image/jpeg"));
	}

	@Test
	void editingKeepsRewritesAndRemovesImagesAndSendsTheChangeToReview() throws Exception {
		Post post = this.posts.create(this.author,
				PostDraft.of("Flu shots this Saturday.", null, this.x)
					.withImages(List.of(DraftImage.upload(TestImages.jpeg(), "First photo"),
							DraftImage.upload(TestImages.png(), "Second photo"))));
		UUID first = post.images().get(0).id();
		UUID second = post.images().get(1).id();
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		this.mvc
			.perform(multipart("/posts/{id}", post.id()).param("baseText", "Flu shots this Saturday.")
				.param("accountIds", this.x.toString())
				.param("version", "0")
				.param("imageAltTexts[" + first + "]", ALT)
				.param("removeImages", second.toString())
				.session(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		Post edited = this.posts.get(this.author, post.id());
		assertThat(edited.images()).extracting(PostImage::id).containsExactly(first);
		assertThat(edited.images().get(0).altText()).isEqualTo(ALT);
		assertThat(this.media.contents(post.id())).hasSize(1);
		assertThat(auditSummaries(post.id())).anyMatch((s) -> s.contains("1 images")).noneMatch((s) -> s.contains(ALT));

		// Clearing the alt text of a kept image is refused like a missing one.
		String html = this.mvc
			.perform(multipart("/posts/{id}", post.id()).param("baseText", "Flu shots this Saturday.")
				.param("accountIds", this.x.toString())
				.param("version", "1")
				.param("imageAltTexts[" + first + "]", "")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Describe image 1");
		assertThat(this.posts.get(this.author, post.id()).images().get(0).altText()).isEqualTo(ALT);
	}

	@Test
	void theImageOfAnotherPostCannotBeKeptOrRead() throws Exception {
		Post other = this.posts.create(this.author, PostDraft.of("Other.", null, this.x)
			.withImages(List.of(DraftImage.upload(TestImages.png(), "Other photo"))));
		Post post = this.posts.create(this.author, PostDraft.of("Mine.", null, this.x));
		UUID foreign = other.images().get(0).id();
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.AUTHOR));
		this.mvc.perform(get("/posts/{id}/images/{imageId}", post.id(), foreign).session(session))
			.andExpect(status().isNotFound());
		Post unchanged = this.posts.get(this.author, other.id());
		assertThat(unchanged.images()).hasSize(1);
	}

	@Test
	void thePublicAddressAnswersOnlyForApprovedPostsAndTheExactToken() throws Exception {
		Post post = this.posts.create(this.author, PostDraft.of("Flu shots this Saturday.", null, this.x)
			.withImages(List.of(DraftImage.upload(TestImages.jpeg(), ALT))));
		PostMediaRepository.Content image = this.media.contents(post.id()).get(0);
		assertThat(image.publicToken()).hasSize(43).matches("[A-Za-z0-9_-]+");
		String path = "/media/" + image.id() + "/" + image.publicToken();
		this.mvc.perform(get(path)).andExpect(status().isNotFound());

		this.review.submit(this.author, post.id(), 0);
		this.review.approve(this.clinic.person(Role.REVIEWER).actor(), post.id(), 1, null);
		// No session at all: this is how Meta's servers fetch it.
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(content().bytes(TestImages.jpeg()));
		String wrong = image.publicToken().substring(0, 42) + (image.publicToken().endsWith("A") ? "B" : "A");
		this.mvc.perform(get("/media/" + image.id() + "/" + wrong)).andExpect(status().isNotFound());
		this.mvc.perform(get("/media/" + UUID.randomUUID() + "/" + image.publicToken()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/media/not-a-uuid/" + image.publicToken())).andExpect(status().isNotFound());
	}

	@Test
	void publishingSendsBytesAltTextAndForInstagramThePublicAddressWithoutLoggingAltText(CapturedOutput output)
			throws Exception {
		UUID instagram = this.accounts.account(this.clinic.id(), ChannelNetwork.INSTAGRAM);
		byte[] jpeg = TestImages.jpeg();
		Post post = this.posts.create(this.author, PostDraft.of("Flu shots this Saturday.", null, this.x, instagram)
			.withImages(List.of(DraftImage.upload(jpeg, ALT))));
		this.review.submit(this.author, post.id(), 0);
		Actor reviewer = this.clinic.person(Role.REVIEWER).actor();
		this.review.approve(reviewer, post.id(), 1, null);
		this.review.schedule(reviewer, post.id(), 2, Instant.now());

		Map<UUID, OutboundPost> sent = sent(this.x, instagram);
		PostMediaRepository.Content stored = this.media.contents(post.id()).get(0);
		OutboundMedia toX = sent.get(this.x).media().get(0);
		assertThat(toX.content()).isEqualTo(jpeg);
		assertThat(toX.mimeType()).isEqualTo("image/jpeg");
		assertThat(toX.altText()).isEqualTo(ALT);
		assertThat(toX.publicUrl()).isNull();
		OutboundMedia toInstagram = sent.get(instagram).media().get(0);
		assertThat(toInstagram.altText()).isEqualTo(ALT);
		assertThat(toInstagram.publicUrl())
			.isEqualTo(URI.create("https://carecast.example.org/media/" + stored.id() + "/" + stored.publicToken()));
		this.mvc.perform(get(toInstagram.publicUrl().getPath())).andExpect(content().bytes(jpeg));
		PublishingFixture.await(Duration.ofSeconds(8),
				() -> this.posts.get(this.author, post.id()).state() == PostState.PUBLISHED);

		assertThat(output.getAll()).doesNotContain("Marguerite").doesNotContain("Oyelaran");
		assertThat(auditSummaries(post.id())).noneMatch((s) -> s.contains("Marguerite"));
	}

	@Test
	void theGuardrailSeesEachImagesAltText() {
		Post post = this.posts.create(this.author, PostDraft.of("Flu shots this Saturday.", null, this.x)
			.withImages(List.of(DraftImage.upload(TestImages.jpeg(), ALT))));
		assertThat(findingTypes(post)).doesNotContain("ALT_TEXT");
		// Stored images always have alt text; a post read some other way might not.
		Post withoutAlt = post.withImages(List.of(new PostImage(UUID.randomUUID(), "image/jpeg", 10, "")));
		assertThat(findingTypes(withoutAlt)).contains("ALT_TEXT");
	}

	private List<String> findingTypes(Post post) {
		return this.guardrail.check(post)
			.stream()
			.map(VariantCheck::report)
			.flatMap((r) -> r.findings().stream())
			.map((f) -> f.type())
			.toList();
	}

	private Map<UUID, OutboundPost> sent(UUID... accounts) {
		Map<UUID, OutboundPost> sent = new java.util.HashMap<>();
		for (UUID account : accounts) {
			ArgumentCaptor<OutboundPost> captor = ArgumentCaptor.forClass(OutboundPost.class);
			verify(this.publisher, timeout(8000)).publish(eq(this.clinic.id()), eq(account), captor.capture(), anyInt(),
					any());
			sent.put(account, captor.getValue());
		}
		return sent;
	}

	private List<String> auditSummaries(UUID postId) {
		return this.auditTrail.search(this.clinic.id(), AuditQuery.firstPage())
			.stream()
			.filter((r) -> postId.toString().equals(r.resourceId()))
			.map((r) -> r.summary())
			.collect(Collectors.toList());
	}

	private static MockMultipartHttpServletRequestBuilder compose(MockMultipartFile file, String alt,
			UUID... accounts) {
		MockMultipartHttpServletRequestBuilder request = multipart("/posts").file(file);
		request.param("baseText", "Flu shots this Saturday at the Eastside clinic.").param("newImageAltText", alt);
		for (UUID account : accounts) {
			request.param("accountIds", account.toString());
		}
		return request;
	}

}
