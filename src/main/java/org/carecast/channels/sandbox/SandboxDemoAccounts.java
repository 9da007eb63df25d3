package org.carecast.channels.sandbox;

import org.carecast.accounts.DemoOrganizationSeeded;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.internal.AccountLinker;
import org.carecast.channels.internal.ChannelsProperties;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every demo organization a connected sandbox account, so the demo can publish from
 * its first minute. Runs inside the demo's seeding transaction.
 */
@Component
class SandboxDemoAccounts {

	private final SandboxConnector sandbox;

	private final AccountLinker linker;

	private final ChannelsProperties properties;

	SandboxDemoAccounts(SandboxConnector sandbox, AccountLinker linker, ChannelsProperties properties) {
		this.sandbox = sandbox;
		this.linker = linker;
		this.properties = properties;
	}

	@EventListener
	void connectSandbox(DemoOrganizationSeeded event) {
		this.linker.link(event.organizationId(), null, "demo data", ChannelNetwork.SANDBOX,
				this.properties.endpoint(ChannelNetwork.SANDBOX), this.sandbox.newAccount());
	}

}
