/** Staff views of complaints: the inbox (and, with the lifecycle, the case view). */
package io.redress.ui.complaint;
