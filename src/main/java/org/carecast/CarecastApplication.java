package org.carecast;

import java.util.Map;

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
 * without a web server and exits with its status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CarecastApplication {

	public static void main(String[] args) {
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
