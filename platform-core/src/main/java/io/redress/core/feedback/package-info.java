/**
 * What the complainant sees without signing in, through the tracking link of their case: where the case stands, the
 * stages done and the next one with its due time, in their language — never internal notes, names of staff or
 * escalations — and the five-point satisfaction survey once the result has been given, whose answer completes the
 * satisfaction (or return-visit) stage clock. Depends on complaint, tenant and persistence; nothing depends on it but
 * the inbound adapters (api, UI).
 */
package io.redress.core.feedback;
