package org.carecast.publishing.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.Campaign;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Campaigns, always within one organization.
 */
@Repository
public class CampaignRepository {

	private static final String COLUMNS = "id, organization_id, name, goal, health_topic, starts_on, ends_on, networks, "
			+ "observance_key, created_at, updated_at, version";

	private final JdbcClient jdbc;

	CampaignRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Campaign c) {
		this.jdbc.sql("insert into campaign (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(c.id(), c.organizationId(), c.name(), c.goal(), c.healthTopic(), Date.valueOf(c.startsOn()),
					Date.valueOf(c.endsOn()), networks(c.networks()), c.observanceKey(), Timestamps.of(c.createdAt()),
					Timestamps.of(c.updatedAt()), c.version())
			.update();
	}

	/** Writes {@code c} if the stored version is still {@code expectedVersion}. */
	public boolean update(Campaign c, long expectedVersion) {
		return this.jdbc
			.sql("update campaign set name = ?, goal = ?, health_topic = ?, starts_on = ?, ends_on = ?, networks = ?, "
					+ "updated_at = ?, version = ? where id = ? and organization_id = ? and version = ?")
			.params(c.name(), c.goal(), c.healthTopic(), Date.valueOf(c.startsOn()), Date.valueOf(c.endsOn()),
					networks(c.networks()), Timestamps.of(c.updatedAt()), c.version(), c.id(), c.organizationId(),
					expectedVersion)
			.update() == 1;
	}

	public void delete(UUID organizationId, UUID id) {
		this.jdbc.sql("delete from campaign where id = ? and organization_id = ?").params(id, organizationId).update();
	}

	public Optional<Campaign> find(UUID organizationId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from campaign where id = ? and organization_id = ?")
			.params(id, organizationId)
			.query(this::campaign)
			.optional();
	}

	public List<Campaign> list(UUID organizationId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from campaign where organization_id = ? order by starts_on desc, name limit 500")
			.param(organizationId)
			.query(this::campaign)
			.list();
	}

	public List<Campaign> overlapping(UUID organizationId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("select " + COLUMNS + " from campaign where organization_id = ? and starts_on <= ? and ends_on >= ? "
					+ "order by starts_on, name limit 200")
			.params(organizationId, Date.valueOf(to), Date.valueOf(from))
			.query(this::campaign)
			.list();
	}

	private static String networks(Set<ChannelNetwork> networks) {
		return networks.stream().map(ChannelNetwork::code).sorted().collect(Collectors.joining("\n"));
	}

	private Campaign campaign(ResultSet rs, int n) throws SQLException {
		Set<ChannelNetwork> networks = Arrays.stream(rs.getString("networks").split("\n"))
			.map(ChannelNetwork::fromCode)
			.flatMap(Optional::stream)
			.collect(Collectors.toSet());
		return new Campaign(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("name"), rs.getString("goal"), rs.getString("health_topic"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), networks,
				rs.getString("observance_key"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "updated_at"),
				rs.getLong("version"));
	}

}
