package org.carecast.channels.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelSession;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.OutcomeUnknownException;
import org.carecast.channels.PublishOutcome;
import org.carecast.channels.PublishedPost;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.RejectedException;
import org.carecast.channels.TemporaryFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Every branch of the retry rules (platform-apis.md §0.2) against a scripted connector.
 */
class PublishAttemptTests {

	static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

	static final ChannelNetwork NET = ChannelNetwork.MASTODON;

	static final ChannelEndpoint ENDPOINT = new ChannelEndpoint(URI.create("https://social.example"), "", "c", "s");

	static final PublishedPost POST = new PublishedPost("109", URI.create("https://social.example/@c/109"), NOW,
			Map.of());

	static final PublishedPost EARLIER = new PublishedPost("108", null, NOW.minusSeconds(60), Map.of());

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final AccountSessions sessions = mock(AccountSessions.class);

	private final ReconnectionMarker marker = mock(ReconnectionMarker.class);

	private final RetryDelays delays = new RetryDelays(() -> 0.0);

	private final StoredAccount account = new StoredAccount(UUID.randomUUID(), UUID.randomUUID(), NET,
			"@clinic@social.example", "42", ConnectedAccount.Status.CONNECTED, true, ENDPOINT.baseUrl(), "", "c",
			"sealed", "sealed", null, NOW, NOW, 3);

	private final OutboundPost post = OutboundPost.text(UUID.randomUUID(), "Flu shots this week");

	@BeforeEach
	void tokenValidForAnHour() {
		opens("first-token", NOW.plusSeconds(3600));
		refreshesTo("second-token");
	}

	@Test
	void aFirstAttemptPublishesWithoutLookingForDuplicates() {
		ScriptedConnector connector = new ScriptedConnector(false).publishes(POST);
		assertThat(run(connector, 0, null)).isEqualTo(new PublishOutcome.Published(POST));
		assertThat(connector.findNotBefore).isEmpty();
		assertThat(connector.publishTokens).containsExactly("first-token");
		verify(this.sessions, never()).refresh(any(), any());
	}

	@Test
	void aLaterAttemptFindsThePostAnEarlierOneCreatedAndDoesNotSendAgain() {
		Instant first = NOW.minusSeconds(600);
		ScriptedConnector connector = new ScriptedConnector(false).finds(Optional.of(EARLIER));
		assertThat(run(connector, 1, first)).isEqualTo(new PublishOutcome.Published(EARLIER));
		assertThat(connector.findNotBefore).containsExactly(first.minus(PublishAttempt.DUPLICATE_CHECK_MARGIN));
		assertThat(connector.publishTokens).isEmpty();
	}

	@Test
	void aLaterAttemptSendsOnlyWhenTheDuplicateCheckFindsNothing() {
		ScriptedConnector connector = new ScriptedConnector(false).finds(Optional.empty()).publishes(POST);
		assertThat(run(connector, 1, NOW.minusSeconds(60))).isEqualTo(new PublishOutcome.Published(POST));
		assertThat(connector.findNotBefore).hasSize(1);
		assertThat(connector.publishTokens).hasSize(1);
	}

	@Test
	void networksWithIdempotentResendsAreSimplySentAgain() {
		ScriptedConnector connector = new ScriptedConnector(true).publishes(POST);
		assertThat(run(connector, 2, NOW.minusSeconds(60))).isEqualTo(new PublishOutcome.Published(POST));
		assertThat(connector.findNotBefore).isEmpty();
	}

	@Test
	void anIdempotentResendPastTheNetworksWindowRunsTheDuplicateCheckFirst() {
		// Mastodon forgets a key after an hour: a resend then would make a second post.
		ScriptedConnector connector = new ScriptedConnector(true).finds(Optional.of(EARLIER));
		assertThat(run(connector, 20, NOW.minusSeconds(2 * 3600))).isEqualTo(new PublishOutcome.Published(EARLIER));
		assertThat(connector.findNotBefore).isNotEmpty();
		assertThat(connector.publishTokens).isEmpty();
	}

	@Test
	void aFailingDuplicateCheckWaitsInsteadOfSending() {
		ScriptedConnector connector = new ScriptedConnector(false)
			.finds(new TemporaryFailureException(NET, "Could not reach Mastodon", null));
		PublishOutcome outcome = run(connector, 1, NOW.minusSeconds(60));
		assertThat(outcome).isEqualTo(new PublishOutcome.RetryLater(NOW.plusSeconds(2), "Could not reach Mastodon"));
		assertThat(connector.publishTokens).isEmpty();
	}

	@Test
	void aTokenAboutToExpireIsRefreshedFirst() {
		opens("first-token", NOW.plusSeconds(30));
		ScriptedConnector connector = new ScriptedConnector(false).publishes(POST);
		assertThat(run(connector, 0, null)).isEqualTo(new PublishOutcome.Published(POST));
		assertThat(connector.publishTokens).containsExactly("second-token");
		verify(this.sessions, times(1)).refresh(any(), any());
	}

	@Test
	void aTokenAboutToExpireOnANetworkWithoutRefreshIsUsedWhileItLasts() {
		opens("first-token", NOW.plusSeconds(30));
		refreshRefused();
		ScriptedConnector connector = new ScriptedConnector(false).publishes(POST);
		assertThat(run(connector, 0, null)).isEqualTo(new PublishOutcome.Published(POST));
		assertThat(connector.publishTokens).containsExactly("first-token");
	}

	@Test
	void anExpiredTokenThatCannotBeRefreshedNeedsReconnection() {
		opens("first-token", NOW.minusSeconds(1));
		refreshRefused();
		ScriptedConnector connector = new ScriptedConnector(false);
		assertThat(run(connector, 0, null)).isInstanceOf(PublishOutcome.NeedsReconnection.class);
		assertThat(connector.publishTokens).isEmpty();
		verify(this.marker).mark(this.account);
	}

	@Test
	void aRefusedTokenIsRefreshedOnceAndThePostSentAgain() {
		ScriptedConnector connector = new ScriptedConnector(false).publishes(expired(), POST);
		assertThat(run(connector, 0, null)).isEqualTo(new PublishOutcome.Published(POST));
		assertThat(connector.publishTokens).containsExactly("first-token", "second-token");
		verify(this.sessions, times(1)).refresh(any(), any());
		verify(this.marker, never()).mark(any());
	}

	@Test
	void aTokenRefusedAgainAfterTheRefreshNeedsReconnection() {
		ScriptedConnector connector = new ScriptedConnector(false).publishes(expired(), expired());
		PublishOutcome outcome = run(connector, 0, null);
		assertThat(outcome).isInstanceOf(PublishOutcome.NeedsReconnection.class);
		assertThat(((PublishOutcome.NeedsReconnection) outcome).reason()).contains("@clinic@social.example")
			.contains("connect the account again");
		assertThat(connector.publishTokens).hasSize(2);
		verify(this.sessions, times(1)).refresh(any(), any());
		verify(this.marker, times(1)).mark(this.account);
	}

	@Test
	void aRefusedRefreshNeedsReconnectionWithoutASecondSend() {
		refreshRefused();
		ScriptedConnector connector = new ScriptedConnector(false).publishes(expired());
		assertThat(run(connector, 0, null)).isInstanceOf(PublishOutcome.NeedsReconnection.class);
		assertThat(connector.publishTokens).hasSize(1);
		verify(this.marker).mark(this.account);
	}

	@Test
	void onlyOneRefreshPerAttemptEvenWhenTheTokenWasRefreshedAhead() {
		opens("first-token", NOW.plusSeconds(10));
		ScriptedConnector connector = new ScriptedConnector(false).publishes(expired());
		assertThat(run(connector, 0, null)).isInstanceOf(PublishOutcome.NeedsReconnection.class);
		verify(this.sessions, times(1)).refresh(any(), any());
	}

	@Test
	void aThrottleWaitsUntilTheResetTheNetworkGave() {
		Instant reset = NOW.plusSeconds(420);
		ScriptedConnector connector = new ScriptedConnector(false)
			.publishes(new RateLimitedException(NET, reset, false));
		assertThat(run(connector, 0, null))
			.isEqualTo(new PublishOutcome.RetryLater(reset, "Mastodon asked Carecast to slow down."));
	}

	@Test
	void aResetInThePastWaitsASecond() {
		ScriptedConnector connector = new ScriptedConnector(false)
			.publishes(new RateLimitedException(NET, NOW.minusSeconds(5), false));
		assertThat(((PublishOutcome.RetryLater) run(connector, 0, null)).notBefore()).isEqualTo(NOW.plusSeconds(1));
	}

	@ParameterizedTest
	@CsvSource({ "0, 60", "1, 120", "2, 240", "3, 480", "4, 900", "9, 900" })
	void aThrottleWithoutResetBacksOffFromAMinuteUpToFifteen(int previousAttempts, long seconds) {
		ScriptedConnector connector = new ScriptedConnector(false)
			.publishes(new RateLimitedException(NET, null, false));
		assertThat(((PublishOutcome.RetryLater) run(connector, previousAttempts, null)).notBefore())
			.isEqualTo(NOW.plusSeconds(seconds));
	}

	@Test
	void aDailyCapWithoutResetWaitsForTheNextDay() {
		ScriptedConnector connector = new ScriptedConnector(false).publishes(new RateLimitedException(NET, null, true));
		PublishOutcome.RetryLater outcome = (PublishOutcome.RetryLater) run(connector, 0, null);
		assertThat(outcome.notBefore()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
		assertThat(outcome.reason()).contains("daily limit");
	}

	@Test
	void aDailyCapWithResetWaitsForTheReset() {
		Instant reset = NOW.plus(Duration.ofHours(5));
		ScriptedConnector connector = new ScriptedConnector(false)
			.publishes(new RateLimitedException(NET, reset, true));
		assertThat(((PublishOutcome.RetryLater) run(connector, 0, null)).notBefore()).isEqualTo(reset);
	}

	@ParameterizedTest
	@CsvSource({ "0, 1", "1, 2", "2, 4", "3, 8" })
	void temporaryFailuresBackOffOneTwoFourEightSeconds(int previousAttempts, long seconds) {
		ScriptedConnector connector = new ScriptedConnector(false)
			.publishes(new TemporaryFailureException(NET, "Could not reach Mastodon", null));
		assertThat(run(connector, previousAttempts, null))
			.isEqualTo(new PublishOutcome.RetryLater(NOW.plusSeconds(seconds), "Could not reach Mastodon"));
	}

	@Test
	void theFifthTemporaryFailureIsFinal() {
		ScriptedConnector connector = new ScriptedConnector(false)
			.publishes(new TemporaryFailureException(NET, "Could not reach Mastodon", null));
		PublishOutcome outcome = run(connector, 4, null);
		assertThat(outcome).isInstanceOf(PublishOutcome.Failed.class);
		assertThat(((PublishOutcome.Failed) outcome).reason()).contains("Could not reach Mastodon")
			.contains("5 attempts");
	}

	@Test
	void anUnknownOutcomeComesBackSoonForTheDuplicateCheck() {
		ScriptedConnector connector = new ScriptedConnector(false)
			.publishes(new OutcomeUnknownException(NET, "Mastodon did not answer in time", null));
		PublishOutcome.RetryLater outcome = (PublishOutcome.RetryLater) run(connector, 0, null);
		assertThat(outcome.notBefore()).isEqualTo(NOW.plusSeconds(5));
		assertThat(outcome.reason()).contains("did not answer").contains("checks whether the post exists");
	}

	@Test
	void aDuplicateIsRecoveredAsThePostThatExists() {
		ScriptedConnector connector = new ScriptedConnector(false).publishes(duplicate()).finds(Optional.of(EARLIER));
		assertThat(run(connector, 0, null)).isEqualTo(new PublishOutcome.Published(EARLIER));
		assertThat(connector.findNotBefore).containsExactly(NOW.minus(Duration.ofDays(1)));
	}

	@Test
	void aDuplicateAfterAnEarlierAttemptLooksFromThatAttempt() {
		Instant first = NOW.minusSeconds(300);
		ScriptedConnector connector = new ScriptedConnector(true).publishes(duplicate()).finds(Optional.of(EARLIER));
		assertThat(run(connector, 1, first)).isEqualTo(new PublishOutcome.Published(EARLIER));
		assertThat(connector.findNotBefore).containsExactly(first.minus(PublishAttempt.DUPLICATE_CHECK_MARGIN));
	}

	@Test
	void aDuplicateThatCannotBeFoundFailsWithTheNetworksReason() {
		ScriptedConnector connector = new ScriptedConnector(false).publishes(duplicate()).finds(Optional.empty());
		assertThat(run(connector, 0, null)).isEqualTo(new PublishOutcome.Failed("You already posted this."));
	}

	@Test
	void aDuplicateWhoseLookupFailsTriesAgainLater() {
		ScriptedConnector connector = new ScriptedConnector(false).publishes(duplicate())
			.finds(new TemporaryFailureException(NET, "down", null));
		assertThat(run(connector, 0, null)).isInstanceOf(PublishOutcome.RetryLater.class);
	}

	@Test
	void aRejectionFailsWithTheNetworksPlainReason() {
		ScriptedConnector connector = new ScriptedConnector(false)
			.publishes(new RejectedException(NET, "422", "Text character limit of 500 exceeded", false));
		assertThat(run(connector, 0, null))
			.isEqualTo(new PublishOutcome.Failed("Text character limit of 500 exceeded"));
	}

	@Test
	void unreadableCredentialsWaitForAnOperatorAndSayNothingOfTheContent() {
		when(this.sessions.open(this.account))
			.thenThrow(new TokenCipher.TokenDecryptionException("Stored credentials failed their integrity check"));
		PublishOutcome.RetryLater outcome = (PublishOutcome.RetryLater) run(new ScriptedConnector(false), 0, null);
		assertThat(outcome.notBefore()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
		assertThat(outcome.reason()).contains("encryption key");
	}

	@Test
	void noOutcomeEverRepeatsAToken() {
		ScriptedConnector connector = new ScriptedConnector(false).publishes(expired(), expired());
		assertThat(run(connector, 0, null).toString()).doesNotContain("first-token").doesNotContain("second-token");
	}

	private PublishOutcome run(ChannelConnector connector, int previousAttempts, Instant firstAttemptAt) {
		return new PublishAttempt(this.sessions, this.marker, this.delays, this.clock, connector, this.account)
			.run(this.post, previousAttempts, firstAttemptAt);
	}

	private void opens(String token, Instant expiresAt) {
		when(this.sessions.open(this.account)).thenReturn(opened(token, expiresAt));
	}

	private void refreshesTo(String token) {
		when(this.sessions.refresh(any(), any())).thenReturn(opened(token, NOW.plusSeconds(7200)));
	}

	private void refreshRefused() {
		when(this.sessions.refresh(any(), any()))
			.thenThrow(new AuthorizationExpiredException(NET, "The refresh token was refused"));
	}

	private AccountSessions.Opened opened(String token, Instant expiresAt) {
		return new AccountSessions.Opened(this.account, new ChannelSession(ENDPOINT,
				new ChannelCredentials(token, "refresh", expiresAt, "42", "@clinic@social.example", Map.of())));
	}

	private static AuthorizationExpiredException expired() {
		return new AuthorizationExpiredException(NET, "The access token was revoked");
	}

	private static RejectedException duplicate() {
		return new RejectedException(NET, "403", "You already posted this.", true);
	}

}
