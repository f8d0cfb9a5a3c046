package io.redress.core.complaint;

import java.util.List;

/** One page of cases and how many match in all. */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {
}
