package org.carecast.publishing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import org.carecast.shared.ConflictException;
import org.carecast.shared.scheduling.RestartableScheduler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Releasing a held delivery while the run that held it is still finishing (the pause
 * race): the reschedule waits for that run instead of failing the whole resume.
 */
class DeliverySchedulerTests {

	private static final Instant LATER = Instant.parse("2099-01-01T09:00:00Z");

	private final SchedulerClient client = mock(SchedulerClient.class);

	private final DeliveryScheduler scheduler = new DeliveryScheduler(this.client, mock(RestartableScheduler.class),
			Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

	@Test
	void aTaskThatIsStillFinishingIsRescheduledOnceItHasEnded() {
		UUID delivery = UUID.randomUUID();
		willThrow(new TaskInstanceCurrentlyExecutingException("publish-delivery", delivery.toString()))
			.willThrow(new TaskInstanceCurrentlyExecutingException("publish-delivery", delivery.toString()))
			.willReturn(true)
			.given(this.client)
			.schedule(any(), eq(LATER), eq(ScheduleOptions.WHEN_EXISTS_RESCHEDULE));

		this.scheduler.schedule(delivery, LATER);

		verify(this.client, times(3)).schedule(any(), eq(LATER), eq(ScheduleOptions.WHEN_EXISTS_RESCHEDULE));
	}

	@Test
	void aRunThatNeverEndsGivesAPlainConflictInTheEnd() {
		UUID delivery = UUID.randomUUID();
		willThrow(new TaskInstanceCurrentlyExecutingException("publish-delivery", delivery.toString()))
			.given(this.client)
			.schedule(any(), eq(LATER), eq(ScheduleOptions.WHEN_EXISTS_RESCHEDULE));

		assertThatThrownBy(() -> this.scheduler.schedule(delivery, LATER)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("still finishing");
		verify(this.client, times(DeliveryScheduler.BUSY_ATTEMPTS)).schedule(any(), eq(LATER),
				eq(ScheduleOptions.WHEN_EXISTS_RESCHEDULE));
	}

}
