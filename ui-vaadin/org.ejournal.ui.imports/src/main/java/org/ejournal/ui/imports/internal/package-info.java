/** The «Импорт» view. */
package org.ejournal.ui.imports.internal;
