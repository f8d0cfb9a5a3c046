package io.redress.core.policy;

import java.time.Instant;

/** One line of a tenant's policy history. */
public record PolicyVersion(int version, String gradingPlugin, String gradingPluginVersion, Instant createdAt, String createdBy) {
}
