/** The import implementation: CSV and XLSX readers, header recognition, the store-backed service. */
package org.ejournal.importer.internal;
