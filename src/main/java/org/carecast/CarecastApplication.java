package org.carecast;

import java.util.Arrays;
import java.util.Map;

import org.carecast.guardrail.Guardrail;
import org.carecast.guardrail.ScanCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Carecast: social media for healthcare organizations with privacy and safety built in.
 *
 * <p>
 * {@code java -jar carecast.jar} starts the web application;
 * {@code java -jar carecast.jar
 * admin <command> ...} runs one administrative command (see {@code AdminCommands})
 * without a web server and exits with its status; {@code java -jar carecast.jar scan ...}
 * runs the guardrail on text or JSON lines without starting Spring at all (see
 * {@code ScanCommand}), so it starts in well under a second and needs no database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CarecastApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "scan".equals(args[0])) {
			ScanCommand command = new ScanCommand(Guardrail.withDefaults());
			System.exit(command.run(Arrays.asList(args).subList(1, args.length), System.in, System.out, System.err));
		}
		ConfigurableApplicationContext context = application(args).run(args);
		if (isAdminCommand(args)) {
			System.exit(SpringApplication.exit(context));
		}
	}

	/** The application as {@link #main} runs it: admin commands get no web server. */
	static SpringApplication application(String[] args) {
		SpringApplication application = new SpringApplication(CarecastApplication.class);
		if (isAdminCommand(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application
				.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "carecast.demo.enabled", "false"));
		}
		return application;
	}

	private static boolean isAdminCommand(String[] args) {
		return args.length > 0 && "admin".equals(args[0]);
	}

}
