package org.ejournal.ui.school.internal;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.ejournal.api.Actor;
import org.ejournal.api.roster.RosterService;
import org.ejournal.api.school.SchoolYearService;
import org.ejournal.api.school.StaffingService;
import org.ejournal.api.ui.ViewSupport;

/**
 * Where the setup views get the actor, the services and "today": the session and the OSGi registry at run
 * time, fakes in tests.
 */
record SetupServices(Supplier<Actor> actor, Supplier<SchoolYearService> years, Supplier<StaffingService> staffing,
                     Supplier<RosterService> roster, Supplier<LocalDate> today) {

    static SetupServices fromSession() {
        return new SetupServices(ViewSupport::actor,
                () -> ViewSupport.service(SetupServices.class, SchoolYearService.class),
                () -> ViewSupport.service(SetupServices.class, StaffingService.class),
                () -> ViewSupport.service(SetupServices.class, RosterService.class), LocalDate::now);
    }
}
