/**
 * Accounts: the login (lockout, attempt log), the own password, issuing logins and credential letters.
 */
@Export
@Version("1.2.0")
package org.ejournal.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
