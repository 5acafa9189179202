/**
 * Account views (not exported): «Пользователи и доступ» for the technical administrator
 * ({@link org.ejournal.ui.accounts.internal.AccountsView}) and «Логины класса» for the class teacher
 * ({@link org.ejournal.ui.accounts.internal.CredentialsView}), contributed as
 * {@link org.ejournal.api.ui.ViewContribution} services.
 */
package org.ejournal.ui.accounts.internal;
