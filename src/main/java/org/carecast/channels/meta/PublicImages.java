package org.carecast.channels.meta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.OutboundMedia;
import org.carecast.channels.RejectedException;

/**
 * Images for Instagram and Threads containers: Meta fetches them from a public URL, so
 * each needs one, and this connector sends still images only.
 */
public final class PublicImages {

	private PublicImages() {
	}

	/** Refuses, in plain words, media these containers cannot take. */
	public static void check(ChannelNetwork network, List<OutboundMedia> media, int maxItems) {
		String label = MetaGraph.label(network);
		if (media.size() > maxItems) {
			throw new RejectedException(network, "too_many_images",
					label + " carousels hold at most " + maxItems + " images", false);
		}
		for (OutboundMedia item : media) {
			if (item.isVideo()) {
				throw new RejectedException(network, "video_unsupported",
						"Carecast cannot post video to " + label + " yet", false);
			}
			if (item.publicUrl() == null) {
				throw new RejectedException(network, "public_url_required",
						label + " fetches images from a public address, and this image has none", false);
			}
		}
	}

	/** The container fields of one image: {@code image_url} and, if given, alt text. */
	public static Map<String, String> fields(OutboundMedia media) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("image_url", String.valueOf(media.publicUrl()));
		if (!media.altText().isBlank()) {
			fields.put("alt_text", media.altText());
		}
		return fields;
	}

}
