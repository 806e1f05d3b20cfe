package io.chargeops.api.admin;

import io.chargeops.core.audit.OperationCaller;
import io.chargeops.core.persistence.DataScope;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Ends a request's data scope (and its operation-log caller) however the request ended (answered, failed, aborted by a filter), so a pooled thread
 * never carries one caller's merchant into the next request.
 */
@WebListener
public class DataScopeRequestEnd implements ServletRequestListener {

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        DataScope.clear();
        OperationCaller.clear();
    }
}
