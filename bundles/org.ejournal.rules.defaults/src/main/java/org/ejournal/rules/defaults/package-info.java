/**
 * The default journal rules, each a {@link org.ejournal.api.journal.JournalRule} service (DS component). Internal:
 * nothing is exported; the journal service finds the rules as whiteboard services.
 */
package org.ejournal.rules.defaults;
