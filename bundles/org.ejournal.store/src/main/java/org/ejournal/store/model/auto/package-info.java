/**
 * Persistent state of the entities, in the layout of Cayenne's generated superclasses ({@code _X}).
 * Exported only because the public entity classes extend them.
 */
@Export
@Version("1.0.0")
package org.ejournal.store.model.auto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
