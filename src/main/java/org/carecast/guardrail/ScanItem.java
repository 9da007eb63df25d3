package org.carecast.guardrail;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One input line of {@code carecast scan}: {@code id}, {@code text}, and optionally
 * {@code direction} and {@code channel}; other fields are ignored.
 *
 * @param id the item's id as given
 * @param text the text to scan
 * @param context direction and network for the scan
 */
record ScanItem(Object id, String text, ScanContext context) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Parses a line; failures say what is wrong but never quote the line.
	 */
	static ScanItem parse(String line, int number, ScanOptions defaults) {
		Map<?, ?> object;
		try {
			object = JSON.readValue(line, Map.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not a JSON object");
		}
		if (object == null) {
			throw new IllegalArgumentException("not a JSON object");
		}
		if (!(object.get("text") instanceof String text)) {
			throw new IllegalArgumentException("\"text\" is missing or not a string");
		}
		Object id = object.get("id");
		if (id != null && !(id instanceof String) && !(id instanceof Number)) {
			throw new IllegalArgumentException("\"id\" must be a string or a number");
		}
		Direction direction = defaults.direction();
		if (object.get("direction") != null) {
			if (!(object.get("direction") instanceof String value)) {
				throw new IllegalArgumentException("\"direction\" must be a string");
			}
			direction = ScanOptions.direction(value);
		}
		Network network = defaults.network();
		if (object.get("channel") != null) {
			Object value = object.get("channel");
			network = Network.fromCode((value instanceof String code) ? code : null)
				.orElseThrow(() -> new IllegalArgumentException("\"channel\" is not a known network"));
		}
		return new ScanItem((id != null) ? id : String.valueOf(number), text, ScanContext.of(direction, network));
	}

	@Override
	public String toString() {
		return "ScanItem[" + this.id + ", " + this.text.length() + " chars]";
	}

}
