package io.chargeops.pile.ra.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.io.Serializable;

/**
 * Activation of a {@link io.chargeops.pile.api.PileMessageListener} MDB. An endpoint receives every event of every
 * pile connection on the node, so there is nothing to select; the one property names the endpoint in the adapter's
 * logs (delivery failures, activation), which helps when an operator wonders which MDB is behind.
 */
public class PileActivationSpec implements ActivationSpec, Serializable {

    private static final long serialVersionUID = 1L;

    private String endpointName = "PileMessageListener";
    private transient ResourceAdapter resourceAdapter;

    public String getEndpointName() {
        return endpointName;
    }

    public void setEndpointName(String endpointName) {
        this.endpointName = endpointName;
    }

    @Override
    public void validate() throws InvalidPropertyException {
        if (endpointName == null || endpointName.isBlank()) {
            throw new InvalidPropertyException("endpointName must not be blank");
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
        this.resourceAdapter = ra;
    }

    @Override
    public String toString() {
        return "PileActivationSpec[" + endpointName + "]";
    }
}
