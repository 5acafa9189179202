/**
 * Accounts as seen by the host's authentication (Shiro realm).
 */
@Export
@Version("1.0.0")
package org.ejournal.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
