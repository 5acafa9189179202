/**
 * Views «Дневник» (routes {@code diary}, {@code diary/{studentId}}) and «Доступ к персональным данным»
 * (route {@code personal-data-access}), contributed as {@code ViewContribution} services.
 */
package org.ejournal.ui.diary.internal;
