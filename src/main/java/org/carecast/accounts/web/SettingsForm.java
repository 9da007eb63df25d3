package org.carecast.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecast.accounts.Organization;
import org.carecast.accounts.Organizations;

record SettingsForm(
		@NotBlank(message = "Enter the organization's name.") @Size(max = 200,
				message = "Use at most 200 characters.") String name,
		@NotBlank(message = "Choose a time zone.") String timeZone) {

	static SettingsForm of(Organization organization) {
		return new SettingsForm(organization.name(), organization.timeZone());
	}

	@AssertTrue(message = "Choose a time zone from the list, such as America/Chicago.")
	public boolean isTimeZoneKnown() {
		return this.timeZone == null || this.timeZone.isBlank() || Organizations.isValidZone(this.timeZone);
	}

}
