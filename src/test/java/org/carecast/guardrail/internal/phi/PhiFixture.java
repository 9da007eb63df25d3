package org.carecast.guardrail.internal.phi;

import java.util.ArrayList;
import java.util.List;

import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Guardrail;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.Report;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Text;

/**
 * Scans text with the default guardrail and lists phi findings as {@code TYPE:value}, so
 * detector tests read as tables.
 */
final class PhiFixture {

	static final Guardrail GUARDRAIL = Guardrail.withDefaults();

	private PhiFixture() {
	}

	static List<String> found(String text) {
		return found(text, ScanContext.of(Direction.OUTBOUND_POST, Network.FACEBOOK));
	}

	static List<String> found(String text, ScanContext context) {
		Report report = GUARDRAIL.scan(Text.of(text), context);
		List<String> result = new ArrayList<>();
		for (Finding finding : report.findings()) {
			if (finding.check().equals("phi")) {
				result.add(finding.type() + ":" + text.substring(finding.start(), finding.end()));
			}
		}
		return result;
	}

}
