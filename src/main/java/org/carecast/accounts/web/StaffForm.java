package org.carecast.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecast.accounts.StaffDirectory;
import org.carecast.accounts.StaffMember;

/** The staff member form and API body. */
record StaffForm(
		@NotBlank(message = "Enter the person's full name.") @Size(max = 200,
				message = "Use at most 200 characters.") String fullName,
		@Size(max = 200, message = "Use at most 200 characters.") String title,
		@Size(max = 200, message = "Use at most 200 characters.") String department,
		@Size(max = 100, message = "Use at most 100 characters.") @Pattern(
				regexp = "^$|^@?[\\p{L}\\p{N}_.\\-]+(@[\\p{L}\\p{N}_.\\-]+)?$",
				message = "Use a handle such as @DrAnaPatel or @ana@mastodon.social, without spaces.") String publicHandle) {

	static StaffForm empty() {
		return new StaffForm("", "", "", "");
	}

	static StaffForm of(StaffMember member) {
		return new StaffForm(member.fullName(), member.title(), member.department(), member.publicHandle());
	}

	StaffDirectory.Details details() {
		return new StaffDirectory.Details(this.fullName, this.title, this.department, this.publicHandle);
	}

}
