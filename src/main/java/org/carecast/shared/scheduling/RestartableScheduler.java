package org.carecast.shared.scheduling;

import java.util.function.Supplier;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Runs this node's db-scheduler between the context's start and stop, and again after
 * every later start. A db-scheduler {@link Scheduler} cannot start a second time once it
 * was stopped (its executors are shut down), but Spring stops and starts lifecycle beans
 * when a context is paused and resumed, as Spring Framework 7's test context cache does
 * with every context not in use; so each start builds a fresh scheduler. What is
 * scheduled lives in the database, so nothing is lost in between.
 */
public final class RestartableScheduler implements SmartLifecycle {

	private final Supplier<Scheduler> factory;

	private volatile @Nullable Scheduler running;

	RestartableScheduler(Supplier<Scheduler> factory) {
		this.factory = factory;
	}

	@Override
	public synchronized void start() {
		if (this.running == null) {
			Scheduler scheduler = this.factory.get();
			scheduler.start();
			this.running = scheduler;
		}
	}

	@Override
	public synchronized void stop() {
		Scheduler scheduler = this.running;
		this.running = null;
		if (scheduler != null) {
			scheduler.stop();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running != null;
	}

	/** Looks for due tasks now instead of at the next poll, if running. */
	public void checkForDueTasks() {
		Scheduler scheduler = this.running;
		if (scheduler != null) {
			scheduler.triggerCheckForDueExecutions();
		}
	}

}
