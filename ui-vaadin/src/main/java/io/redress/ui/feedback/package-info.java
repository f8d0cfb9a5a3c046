/**
 * The complainant's public page, reached by the tracking link of their case without signing in and without the staff
 * frame: progress in their language and the satisfaction survey once it is due. Talks to the platform only through
 * {@link io.redress.core.feedback.TrackingDesk}.
 */
package io.redress.ui.feedback;
