package org.carecast.channels.internal;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Finds the connector of a network among the {@link ChannelConnector} beans. A network
 * without one (its package not built, or switched off) simply cannot be connected; the
 * application starts with only the sandbox. Where two beans serve one network, the one
 * that comes first in Spring's order ({@code @Order}) wins and the other is reported:
 * that is how tests and customised installations replace a connector.
 */
@Component
public final class ConnectorRegistry {

	private static final Logger log = LoggerFactory.getLogger(ConnectorRegistry.class);

	private final Map<ChannelNetwork, ChannelConnector> connectors;

	/**
	 * @param connectors in Spring's order, which decides between two for one network
	 */
	public ConnectorRegistry(List<ChannelConnector> connectors) {
		Map<ChannelNetwork, ChannelConnector> byNetwork = new EnumMap<>(ChannelNetwork.class);
		for (ChannelConnector connector : connectors) {
			ChannelConnector first = byNetwork.putIfAbsent(connector.network(), connector);
			if (first != null) {
				log.warn("{} replaces {} for {}", first.getClass().getName(), connector.getClass().getName(),
						connector.network().code());
			}
		}
		this.connectors = byNetwork;
	}

	public Optional<ChannelConnector> find(ChannelNetwork network) {
		return Optional.ofNullable(this.connectors.get(network));
	}

	/** The networks that can be connected, in the order of {@link ChannelNetwork}. */
	public List<ChannelNetwork> available() {
		return Arrays.stream(ChannelNetwork.values()).filter(this.connectors::containsKey).toList();
	}

}
