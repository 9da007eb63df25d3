package org.carecast.channels.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the token encryption key comes from: {@code carecast.channels.encryption-key},
 * or, on the embedded database (the demo and a newcomer's first start), a key generated
 * once into a file readable by its owner only. Anywhere else Carecast refuses to start
 * without a key, because tokens encrypted with a key nobody kept are lost with it.
 */
@Configuration(proxyBeanMethods = false)
class EncryptionKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EncryptionKeyConfiguration.class);

	static final String MISSING_KEY = "No key to encrypt channel tokens: set carecast.channels.encryption-key "
			+ "(environment CARECAST_CHANNELS_ENCRYPTION_KEY) to 32 random bytes in base64, for example the output "
			+ "of 'openssl rand -base64 32', and keep a copy: tokens cannot be read without it.";

	@Bean
	TokenCipher tokenCipher(ChannelsProperties properties, Environment environment) {
		byte[] current = (properties.encryptionKey() != null && !properties.encryptionKey().isBlank())
				? decode(properties.encryptionKey(), "carecast.channels.encryption-key")
				: generatedKey(properties.keyFile(), environment);
		List<byte[]> previous = new ArrayList<>();
		for (int i = 0; i < properties.previousKeys().size(); i++) {
			previous.add(decode(properties.previousKeys().get(i), "carecast.channels.previous-keys[" + i + "]"));
		}
		return new TokenCipher(current, previous);
	}

	static boolean embedded(Environment environment) {
		String demo = environment.getProperty("carecast.demo.enabled");
		if (demo != null && !demo.isBlank() && Boolean.parseBoolean(demo.strip())) {
			return true;
		}
		String url = environment.getProperty("spring.datasource.url");
		return url != null && url.startsWith("jdbc:h2:");
	}

	private static byte[] generatedKey(Path file, Environment environment) {
		if (!embedded(environment)) {
			throw new IllegalStateException(MISSING_KEY);
		}
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file);
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			if (!created(file, Base64.getEncoder().encodeToString(key))) {
				// Another process created it first; its key wins.
				return decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file);
			}
			log.warn("Generated a key to encrypt channel tokens at {} (readable by this user only). "
					+ "Back it up with the database; for production set carecast.channels.encryption-key instead.",
					file.toAbsolutePath());
			return key;
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Could not read or create the channel token key file " + file + ". " + MISSING_KEY, ex);
		}
	}

	private static boolean created(Path file, String encoded) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): create it, then narrow access as far as
			// the platform allows.
			Files.createFile(file);
			file.toFile().setReadable(false, false);
			file.toFile().setReadable(true, true);
			file.toFile().setWritable(false, false);
			file.toFile().setWritable(true, true);
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		Files.writeString(file, encoded + "\n", StandardCharsets.US_ASCII);
		return true;
	}

	private static byte[] decode(String value, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(value.strip());
		}
		catch (IllegalArgumentException ex) {
			// The value itself is never repeated: it is a secret.
			throw new IllegalStateException(source + " is not valid base64. " + MISSING_KEY);
		}
		if (key.length != 32) {
			throw new IllegalStateException(
					source + " decodes to " + key.length + " bytes; AES-256 needs exactly 32. " + MISSING_KEY);
		}
		return key;
	}

}
