package org.carecast.accounts.internal;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carecast.accounts.Organization;
import org.carecast.accounts.Organizations;
import org.carecast.accounts.Role;
import org.carecast.accounts.UserAdministration;
import org.carecast.shared.ConflictException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code java -jar carecast.jar admin create-org --name NAME --admin-email EMAIL [--admin-name
 * NAME] [--time-zone ZONE]}: creates an organization and its first administrator on an
 * empty production database, and prints a one-time password that must be changed at first
 * sign-in. Options may be written {@code --name NAME} or {@code --name=NAME}.
 */
@Component
class AdminCommands implements ApplicationRunner, ExitCodeGenerator {

	static final String USAGE = """
			Usage: java -jar carecast.jar admin create-org --name NAME --admin-email EMAIL \\
			         [--admin-name "Full Name"] [--time-zone America/New_York]
			""";

	private final Organizations organizations;

	private final UserAdministration users;

	private final TransactionTemplate transactions;

	private final PrintStream out;

	private int exitCode;

	AdminCommands(Organizations organizations, UserAdministration users, TransactionTemplate transactions) {
		this.organizations = organizations;
		this.users = users;
		this.transactions = transactions;
		this.out = System.out;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> args = List.of(arguments.getSourceArgs());
		if (args.isEmpty() || !"admin".equals(args.get(0))) {
			return;
		}
		this.exitCode = execute(args.subList(1, args.size()), this.out);
	}

	int execute(List<String> args, PrintStream out) {
		if (args.isEmpty() || !"create-org".equals(args.get(0))) {
			out.print(USAGE);
			return 2;
		}
		Map<String, String> options = options(args.subList(1, args.size()));
		String name = options.get("name");
		String email = options.get("admin-email");
		String zone = options.getOrDefault("time-zone", "America/New_York");
		if (name == null || name.isBlank() || email == null || !email.contains("@")) {
			out.print("Both --name and --admin-email are required.\n" + USAGE);
			return 2;
		}
		if (!Organizations.isValidZone(zone)) {
			out.println("Unknown time zone. Use an IANA name such as America/Chicago.");
			return 2;
		}
		String adminName = options.getOrDefault("admin-name", "Administrator");
		try {
			UserAdministration.Invitation admin = this.transactions.execute((status) -> {
				Organization organization = this.organizations.create(name, zone, "admin command");
				return this.users.createInitial(organization.id(), email, adminName, Set.of(Role.ADMIN), true,
						"admin command");
			});
			out.println("Created organization '" + name.strip() + "' with administrator " + admin.user().email());
			out.println("One-time password (shown once, must be changed at first sign-in): " + admin.oneTimePassword());
			return 0;
		}
		catch (ConflictException ex) {
			out.println(ex.getMessage() + " Nothing was created.");
			return 1;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	static Map<String, String> options(List<String> args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				continue;
			}
			int eq = arg.indexOf('=');
			if (eq > 0) {
				options.put(arg.substring(2, eq), arg.substring(eq + 1));
			}
			else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				options.put(arg.substring(2), args.get(++i));
			}
		}
		return options;
	}

}
