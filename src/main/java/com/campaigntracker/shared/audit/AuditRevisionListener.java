package com.campaigntracker.shared.audit;

import com.campaigntracker.shared.security.CurrentUser;
import com.campaigntracker.shared.security.SystemActor;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each audit revision with who is acting: the signed-in account, else the system. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String username = auth != null && auth.isAuthenticated() ? auth.getName() : SystemActor.NAME;
        Long personId = CurrentUser.get().map(u -> u.personId()).orElse(null);
        ((AuditRevision) revisionEntity).setUser(username, personId);
    }
}
