/**
 * People and personal data with consent (152-ФЗ): students, parents (legal representatives) and
 * staff; a student's personal fields are stored only while a consent is active.
 */
@Export
@Version("1.1.0")
package org.ejournal.api.people;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
