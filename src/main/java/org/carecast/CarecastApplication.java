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
		SpringApplication application = new SpringApplication(CarecastApplication.class);
		boolean adminCommand = args.length > 0 && "admin".equals(args[0]);
		if (adminCommand) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application
				.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "carecast.demo.enabled", "false"));
		}
		ConfigurableApplicationContext context = application.run(args);
		if (adminCommand) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
