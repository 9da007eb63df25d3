package org.carecast.channels.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.carecast.channels.internal.ChannelsProperties;

import org.springframework.stereotype.Component;

/**
 * Failures scripted for the sandbox network, each used once in the order given. Off
 * unless {@code carecast.channels.sandbox.fault-injection=true}, which only tests set:
 * with it off, {@link #inject} refuses and the sandbox never fails on purpose.
 */
@Component
public class SandboxFaults {

	private final boolean enabled;

	private final List<SandboxFault> queued = new ArrayList<>();

	SandboxFaults(ChannelsProperties properties) {
		this.enabled = properties.sandbox().faultInjection();
	}

	public synchronized void inject(SandboxFault... faults) {
		if (!this.enabled) {
			throw new IllegalStateException(
					"Sandbox fault injection is off; tests turn it on with carecast.channels.sandbox.fault-injection");
		}
		this.queued.addAll(Arrays.asList(faults));
	}

	public synchronized void clear() {
		this.queued.clear();
	}

	synchronized Optional<SandboxFault> next(boolean refresh) {
		Iterator<SandboxFault> faults = this.queued.iterator();
		while (faults.hasNext()) {
			SandboxFault fault = faults.next();
			if (fault.appliesToRefresh() == refresh) {
				faults.remove();
				return Optional.of(fault);
			}
		}
		return Optional.empty();
	}

}
