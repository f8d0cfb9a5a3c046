package io.redress.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: the Lumo theme. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("redress.css")
public class AppShell implements AppShellConfigurator {
}
