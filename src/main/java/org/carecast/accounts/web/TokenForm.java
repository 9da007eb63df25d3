package org.carecast.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record TokenForm(@NotBlank(message = "Name the token after what will use it, such as 'BI dashboard'.") @Size(max = 100,
		message = "Use at most 100 characters.") String name) {

}
