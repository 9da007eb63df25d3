package org.carecast.guardrail.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.carecast.guardrail.Finding;

/**
 * Removes duplicate and overlapping findings of the same check, keeping the one with the
 * higher score and, at equal scores, the longer span. Findings of different checks may
 * overlap (a name can also be over a length limit). Kept spans sit in a sorted map per
 * check, so resolving n findings takes O(n log n).
 */
public final class OverlapResolver {

	private static final Comparator<Finding> PREFERENCE = Comparator.comparingDouble(Finding::score)
		.reversed()
		.thenComparing(Comparator.comparingInt(Finding::length).reversed())
		.thenComparingInt(Finding::start);

	public List<Finding> resolve(List<Finding> findings) {
		List<Finding> ranked = new ArrayList<>(findings);
		ranked.sort(PREFERENCE);
		Map<String, TreeMap<Integer, Finding>> keptByCheck = new HashMap<>();
		Set<String> emptySpans = new HashSet<>();
		List<Finding> kept = new ArrayList<>(ranked.size());
		for (Finding candidate : ranked) {
			if (candidate.length() == 0) {
				if (emptySpans.add(candidate.check() + '/' + candidate.type() + '/' + candidate.start())) {
					kept.add(candidate);
				}
				continue;
			}
			TreeMap<Integer, Finding> spans = keptByCheck.computeIfAbsent(candidate.check(), (key) -> new TreeMap<>());
			if (!clashes(candidate, spans)) {
				spans.put(candidate.start(), candidate);
				kept.add(candidate);
			}
		}
		kept.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::check));
		return kept;
	}

	private static boolean clashes(Finding candidate, TreeMap<Integer, Finding> spans) {
		Map.Entry<Integer, Finding> before = spans.floorEntry(candidate.start());
		if (before != null && before.getValue().end() > candidate.start()) {
			return true;
		}
		Map.Entry<Integer, Finding> after = spans.ceilingEntry(candidate.start());
		return after != null && after.getValue().start() < candidate.end();
	}

}
