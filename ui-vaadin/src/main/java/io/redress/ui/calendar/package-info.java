/**
 * The tenant administrator's business calendars: the list, a form for one calendar (time zone, the week's working
 * intervals, holidays, make-up working days, prayer-time breaks) and a preview of the days it gives, following every
 * edit before saving. Talks to the platform only through {@link io.redress.core.sla.CalendarAdministration}.
 */
package io.redress.ui.calendar;
