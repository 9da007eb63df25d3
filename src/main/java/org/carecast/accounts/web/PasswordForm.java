package org.carecast.accounts.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import org.carecast.accounts.PasswordPolicy;

record PasswordForm(@NotBlank(message = "Enter your current password.") String currentPassword, String newPassword,
		String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	@AssertTrue(message = "Use between 12 characters and 72 bytes (about 72 letters).")
	public boolean isNewPasswordAcceptable() {
		return PasswordPolicy.problem(this.newPassword) == null;
	}

	@AssertTrue(message = "The two new passwords are not the same.")
	public boolean isConfirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmPassword);
	}

}
