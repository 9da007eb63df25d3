package org.carecast.channels.meta;

/**
 * Where one network keeps its two-phase publishing: Instagram's {@code media} /
 * {@code media_publish} with {@code status_code}, Threads' {@code threads} /
 * {@code threads_publish} with {@code status}.
 *
 * @param createPath the container edge of the user, such as {@code /media}
 * @param publishPath the publish edge of the user, such as {@code /media_publish}
 * @param statusField the field holding IN_PROGRESS, FINISHED, ...
 * @param statusFields what to ask for when polling
 * @param reasonField the field that says why a container failed
 */
public record ContainerApi(String createPath, String publishPath, String statusField, String statusFields,
		String reasonField) {

	public static final ContainerApi INSTAGRAM = new ContainerApi("/media", "/media_publish", "status_code",
			"status_code,status", "status");

	public static final ContainerApi THREADS = new ContainerApi("/threads", "/threads_publish", "status",
			"status,error_message", "error_message");

}
