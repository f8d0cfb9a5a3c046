/** The signed-in member's notifications: the list, marking read, and the way to the case each is about. */
package io.redress.ui.notification;
