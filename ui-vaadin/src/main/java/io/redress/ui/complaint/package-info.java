/**
 * Staff views of complaints: the inbox, and the case view with its stage clocks, escalations, timeline and the acts
 * on its clocks. Talks to the platform only through {@link io.redress.core.complaint.Inbox} and
 * {@link io.redress.core.complaint.CaseDesk}.
 */
package io.redress.ui.complaint;
