package org.ejournal.gradebook.internal;

import org.ejournal.api.journal.FivePointScale;
import org.ejournal.api.journal.GradingScale;
import org.osgi.service.component.annotations.Component;

/**
 * The default grading scale (1–5, "зач", "незач", "осв", two marks in a cell) as a whiteboard service with the
 * lowest ranking, so any scale an add-on registers wins. The journal service falls back to the same scale when no
 * service is registered at all.
 */
@Component(service = GradingScale.class, property = "service.ranking:Integer=-1000")
public final class DefaultGradingScale extends FivePointScale {
}
