/**
 * Views «Движение учащихся» ({@code movement}) and «Перевод на следующий год» ({@code promotion}),
 * contributed to the host as {@code ViewContribution} services.
 */
package org.ejournal.ui.movement.internal;
