/**
 * UI extension points: bundles contribute Vaadin views through {@link org.ejournal.api.ui.ViewContribution} services.
 */
@Export
@Version("1.0.0")
package org.ejournal.api.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
