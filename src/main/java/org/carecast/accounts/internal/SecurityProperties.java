package org.carecast.accounts.internal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in settings ({@code carecast.security.*}).
 *
 * @param maxFailedLogins failed sign-ins for one email within {@code failureWindow}
 * before it is locked
 * @param failureWindow how long failures are counted together
 * @param lockout how long a locked email must wait
 * @param bcryptStrength BCrypt work factor; 12 takes about a quarter second per check
 * @param tokenUseAuditInterval API token use is audited at most once per token per
 * interval, so a busy integration does not flood the trail
 */
@Validated
@ConfigurationProperties("carecast.security")
public record SecurityProperties(@Min(1) int maxFailedLogins, @NotNull Duration failureWindow,
		@NotNull Duration lockout, @Min(4) @Max(16) int bcryptStrength, @NotNull Duration tokenUseAuditInterval) {
}
