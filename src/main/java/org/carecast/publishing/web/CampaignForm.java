package org.carecast.publishing.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.Campaign;
import org.carecast.publishing.DateSpan;
import org.carecast.publishing.Observance;
import org.carecast.shared.InvalidInputException;

/**
 * The campaign form's fields, as typed.
 */
class CampaignForm {

	private String name = "";

	private String goal;

	private String healthTopic;

	private String startsOn;

	private String endsOn;

	private List<String> networks = new ArrayList<>();

	private String observanceKey;

	private long version;

	static CampaignForm of(Campaign campaign) {
		CampaignForm form = new CampaignForm();
		form.name = campaign.name();
		form.goal = campaign.goal();
		form.healthTopic = campaign.healthTopic();
		form.startsOn = campaign.startsOn().toString();
		form.endsOn = campaign.endsOn().toString();
		form.networks = campaign.networks().stream().map(ChannelNetwork::code).sorted().toList();
		form.observanceKey = campaign.observanceKey();
		form.version = campaign.version();
		return form;
	}

	/**
	 * A new campaign for {@code observance} in {@code year}, its days and topic filled
	 * in.
	 */
	static CampaignForm of(Observance observance, int year) {
		DateSpan span = observance.in(year);
		CampaignForm form = new CampaignForm();
		form.name = observance.name() + " " + year;
		form.healthTopic = observance.topic();
		form.startsOn = span.first().toString();
		form.endsOn = span.last().toString();
		form.observanceKey = observance.key();
		return form;
	}

	Campaign.Plan plan() {
		Set<ChannelNetwork> chosen = EnumSet.noneOf(ChannelNetwork.class);
		for (String code : this.networks) {
			chosen.add(ChannelNetwork.fromCode(code)
				.orElseThrow(() -> new InvalidInputException("Choose networks from the list.")));
		}
		return new Campaign.Plan(this.name, this.goal, this.healthTopic, date(this.startsOn), date(this.endsOn), chosen,
				this.observanceKey);
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.getYear() < 2000 || date.getYear() > 2200) {
				throw new InvalidInputException("Choose dates between the years 2000 and 2200.");
			}
			return date;
		}
		catch (DateTimeException ex) {
			throw new InvalidInputException("Enter the dates as year-month-day.");
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = (name != null) ? name : "";
	}

	public String getGoal() {
		return this.goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
	}

	public String getHealthTopic() {
		return this.healthTopic;
	}

	public void setHealthTopic(String healthTopic) {
		this.healthTopic = healthTopic;
	}

	public String getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public String getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn;
	}

	public List<String> getNetworks() {
		return this.networks;
	}

	public void setNetworks(List<String> networks) {
		this.networks = (networks != null) ? networks : new ArrayList<>();
	}

	public String getObservanceKey() {
		return this.observanceKey;
	}

	public void setObservanceKey(String observanceKey) {
		this.observanceKey = observanceKey;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
