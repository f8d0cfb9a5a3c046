/** Who is signed in to the UI, kept in the Vaadin session. */
package io.redress.ui.session;
