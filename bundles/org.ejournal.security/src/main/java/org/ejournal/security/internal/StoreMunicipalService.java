package org.ejournal.security.internal;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.cayenne.ObjectContext;
import org.apache.cayenne.query.ObjectSelect;
import org.ejournal.api.AccessPolicy;
import org.ejournal.api.Actor;
import org.ejournal.api.NotFoundException;
import org.ejournal.api.Operation;
import org.ejournal.api.roster.SchoolSummary;
import org.ejournal.api.security.MunicipalService;
import org.ejournal.store.StoreRuntime;
import org.ejournal.store.model.AuditEvent;
import org.ejournal.store.model.School;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The municipal specialist's choice of the school to read. Both methods ask the policy for
 * {@link Operation#MUNICIPAL_SCHOOL_VIEW} (MUNICIPAL only); what the returned actor may do in the school is
 * decided by the same policy as for everyone (reads only, see {@link AccessRules#MUNICIPAL_READS}).
 */
@Component(service = MunicipalService.class)
public final class StoreMunicipalService implements MunicipalService {

    private static final Logger LOG = LoggerFactory.getLogger(StoreMunicipalService.class);

    private final StoreRuntime store;
    private final AccessPolicy policy;
    private final Clock clock;

    @Activate
    public StoreMunicipalService(@Reference StoreRuntime store, @Reference AccessPolicy policy) {
        this(store, policy, Clock.systemUTC());
    }

    StoreMunicipalService(StoreRuntime store, AccessPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public List<SchoolSummary> schools(Actor actor) {
        policy.check(actor, Operation.MUNICIPAL_SCHOOL_VIEW, actor.schoolId());
        Collator russian = Collator.getInstance(Locale.forLanguageTag("ru"));
        return ObjectSelect.query(School.class).select(store.newContext()).stream()
                .map(StoreMunicipalService::summary)
                .sorted(Comparator.comparing(StoreMunicipalService::shortName, russian)
                        .thenComparingLong(SchoolSummary::id))
                .toList();
    }

    @Override
    public Actor viewSchool(Actor actor, String address, long schoolId) {
        policy.check(actor, Operation.MUNICIPAL_SCHOOL_VIEW, schoolId);
        ObjectContext context = store.newContext();
        School school = ObjectSelect.query(School.class).where(School.ID_PK_PROPERTY.eq(schoolId)).selectOne(context);
        if (school == null) {
            throw new NotFoundException("school", schoolId);
        }
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        // who viewed which school, when, from where: in the viewed school's audit (its administration sees it)
        AuditEvent event = context.newObject(AuditEvent.class);
        event.setSchool(school);
        event.setOccurredAt(now);
        event.setAccountId(actor.accountId());
        event.setAddress(address == null ? "" : address.length() > 64 ? address.substring(0, 64) : address);
        event.setEntity("school");
        event.setEntityId(schoolId);
        event.setAction("VIEW");
        event.setField("municipal");
        event.setNewValue(actor.login() + " (" + actor.displayName() + "), before viewing school " + actor.schoolId());
        context.commitChanges();
        LOG.info("Municipal account '{}' ({}) views school {} from {}", actor.login(), actor.accountId(), schoolId,
                address);
        return new Actor(actor.accountId(), schoolId, actor.login(), actor.displayName(), actor.roles(), null, null,
                null, null);
    }

    private static String shortName(SchoolSummary s) {
        return s.shortName() == null || s.shortName().isBlank() ? s.name() : s.shortName();
    }

    private static SchoolSummary summary(School s) {
        return new SchoolSummary(s.getId(), s.getName(), s.getShortName(), s.getCity() == null ? "" : s.getCity());
    }
}
