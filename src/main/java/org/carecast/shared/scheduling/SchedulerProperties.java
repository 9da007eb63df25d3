package org.carecast.shared.scheduling;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the scheduler every module's background work runs on.
 *
 * @param pollingInterval how often every node looks for due tasks; a due post goes out
 * within this time (publishing promises 5 seconds)
 * @param threads how many tasks (deliveries, replies) one node runs at once
 * @param heartbeatInterval how often a node marks the tasks it is running as alive; a
 * task whose node stopped marking it for six intervals (the node crashed or was killed)
 * is taken up again by any node, with the same idempotency key. db-scheduler's own
 * default of 5 minutes would leave such a post unsent for half an hour.
 */
@Validated
@ConfigurationProperties("carecast.scheduler")
record SchedulerProperties(@NotNull @DefaultValue("1s") Duration pollingInterval,
		@Min(1) @Max(64) @DefaultValue("16") int threads, @NotNull @DefaultValue("10s") Duration heartbeatInterval) {

}
