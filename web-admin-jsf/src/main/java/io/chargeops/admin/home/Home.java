package io.chargeops.admin.home;

import io.chargeops.core.system.PlatformStatus;
import io.chargeops.core.system.PlatformSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Backing bean of the home screen ({@code /admin/index.xhtml}). */
@Named
@RequestScoped
public class Home {

    @EJB
    PlatformStatus platformStatus;

    private PlatformSummary status;

    public PlatformSummary getStatus() {
        if (status == null) {
            status = platformStatus.summary();
        }
        return status;
    }
}
