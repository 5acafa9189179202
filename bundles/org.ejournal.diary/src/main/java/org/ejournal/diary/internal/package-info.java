/**
 * Implementation of the electronic diary ({@code DiaryService}) and of the personal-data access log
 * reader ({@code PersonalDataAccessLog}) on the store: plain SQL through Cayenne, every query carrying
 * the actor's school, every call asking the access policy first.
 */
package org.ejournal.diary.internal;
