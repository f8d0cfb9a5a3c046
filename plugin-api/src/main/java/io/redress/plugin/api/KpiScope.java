package io.redress.plugin.api;

/** Whose work a set of indicators measures. */
public enum KpiScope {
    PERSON, DEPARTMENT, REGION
}
