/** The tenant administrator's staff screen: disabling members and replacing their roles. */
package io.redress.ui.staff;
