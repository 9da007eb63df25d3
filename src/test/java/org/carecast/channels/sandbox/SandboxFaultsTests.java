package org.carecast.channels.sandbox;

import org.carecast.channels.internal.ChannelsProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxFaultsTests {

	@Test
	void faultsCannotBeInjectedUnlessTurnedOn() {
		SandboxFaults off = new SandboxFaults(properties(null));
		assertThatThrownBy(() -> off.inject(SandboxFault.TEMPORARY_FAILURE)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("carecast.channels.sandbox.fault-injection");
		assertThat(off.next(false)).isEmpty();
	}

	@Test
	void injectedFaultsAreUsedOnceInOrderBySortOfCall() {
		SandboxFaults on = new SandboxFaults(properties(new ChannelsProperties.Sandbox(true)));
		on.inject(SandboxFault.REFRESH_REFUSED, SandboxFault.RATE_LIMITED, SandboxFault.REJECTED);
		assertThat(on.next(false)).contains(SandboxFault.RATE_LIMITED);
		assertThat(on.next(true)).contains(SandboxFault.REFRESH_REFUSED);
		assertThat(on.next(true)).isEmpty();
		assertThat(on.next(false)).contains(SandboxFault.REJECTED);
		assertThat(on.next(false)).isEmpty();
	}

	private static ChannelsProperties properties(ChannelsProperties.Sandbox sandbox) {
		return new ChannelsProperties(null, null, null, null, null, null, null, null, null, null, null, null, sandbox);
	}

}
