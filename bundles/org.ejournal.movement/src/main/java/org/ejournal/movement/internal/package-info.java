/**
 * Student movement and year-end promotion on the store: {@code StoreMovementService} and
 * {@code StorePromotionService}, published under their {@code org.ejournal.api.movement} interfaces.
 */
package org.ejournal.movement.internal;
