package org.ejournal.scheduler.internal;

import java.util.TimeZone;

/**
 * How the embedded Quartz runs.
 *
 * @param instanceId      this node's id in the cluster; {@code AUTO} lets Quartz make one (host name
 *                        and time), which is unique but changes at every start
 * @param threadCount     report runs at once on this node (reports are CPU-heavy: keep it small)
 * @param checkinInterval how often (ms) a node tells the cluster it lives; a node silent for longer
 *                        has its running jobs recovered by another
 * @param timeZone        the zone cron expressions are read in
 */
public record SchedulerSettings(String instanceId, int threadCount, long checkinInterval, TimeZone timeZone) {

    /** Framework property naming this node; the launcher sets it from its configuration. */
    public static final String NODE_ID_PROPERTY = "ejournal.node.id";

    /** Defaults for a node named {@code nodeId} (blank or {@code null}: let Quartz choose). */
    public static SchedulerSettings forNode(String nodeId) {
        String id = nodeId == null || nodeId.isBlank() ? "AUTO" : nodeId.trim();
        return new SchedulerSettings(id, 2, 7_500, TimeZone.getDefault());
    }
}
