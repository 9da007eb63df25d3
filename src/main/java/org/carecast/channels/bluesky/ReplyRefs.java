package org.carecast.channels.bluesky;

import tools.jackson.databind.JsonNode;

/**
 * The two strong references a reply carries: the thread's first post and the post it
 * answers, each as {@code {uri, cid}}.
 */
record ReplyRefs(JsonNode root, JsonNode parent) {

}
