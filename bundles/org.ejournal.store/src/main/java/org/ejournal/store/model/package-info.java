/**
 * Cayenne entities of the eJournal data map ({@code ejournal.map.xml}): one class per table of
 * V1__core.sql. The persistent state sits in the {@code auto} superclasses; behaviour goes here.
 */
@Export
@Version("1.2.0")
package org.ejournal.store.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
