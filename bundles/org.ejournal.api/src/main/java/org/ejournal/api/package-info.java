/**
 * Core records of eJournal: the acting user ({@link org.ejournal.api.Actor}), roles, the access policy and the exceptions every service may throw with a translatable message key.
 */
@Export
@Version("1.3.0")
package org.ejournal.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
