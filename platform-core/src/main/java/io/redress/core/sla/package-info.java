/**
 * Business calendars and SLA deadline arithmetic.
 *
 * <p>A {@link io.redress.core.sla.BusinessCalendar} describes when an organisation works: a weekly pattern of
 * {@link io.redress.core.sla.WorkingInterval}s in local time, public holidays, and make-up working days. It turns an
 * anchor instant and an amount of {@link io.redress.plugin.api.DeadlineUnit}s into a due instant, and measures the
 * working time between two instants so that paused SLA clocks can be resumed fairly. Everything works on
 * {@link java.time.Instant}s; local times are only ever interpreted in the calendar's own zone.
 */
package io.redress.core.sla;
