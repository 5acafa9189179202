/**
 * The personal-data access log (152-ФЗ): who opened which student's personal data, when and from
 * where; read by the school's administration ({@link org.ejournal.api.Operation#PERSONAL_DATA_LOG_READ}).
 */
@Export
@Version("1.0.0")
package org.ejournal.api.privacy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
