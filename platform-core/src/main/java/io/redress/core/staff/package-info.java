/**
 * The working profile of staff, kept by Redress whichever identity store authenticates them: the organisation unit
 * they belong to, the positions they hold for approvals (director, finance, regional-centre-head …), the languages
 * they handle complaints in and the trainings they have passed.
 */
package io.redress.core.staff;
