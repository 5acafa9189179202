/**
 * The journal-settings view (not exported): «Настройки журнала» for the deputy director and the director
 * ({@link org.ejournal.ui.journalsettings.internal.JournalSettingsView}), contributed as a
 * {@link org.ejournal.api.ui.ViewContribution} service.
 */
package org.ejournal.ui.journalsettings.internal;
