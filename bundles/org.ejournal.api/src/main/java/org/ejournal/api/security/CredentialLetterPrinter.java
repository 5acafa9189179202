package org.ejournal.api.security;

import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders credential letters as one PDF (one letter per A4 page: school, name, login, one-time password,
 * the address of eJournal and what to do at the first login). Provided by the report engine on the
 * host; the PDF is built in memory and never stored.
 */
@ProviderType
public interface CredentialLetterPrinter {

    /**
     * @param letters the letters to print
     * @param address where users log in, e.g. {@code http://ejournal.school7.ru/}
     * @param locale  the language of the letters' texts (Russian by default)
     * @return the PDF
     */
    byte[] print(CredentialLetters letters, String address, Locale locale);
}
