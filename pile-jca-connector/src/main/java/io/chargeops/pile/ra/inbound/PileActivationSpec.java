package io.chargeops.pile.ra.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.io.Serializable;

/**
 * Activation of a {@link io.chargeops.pile.api.PileMessageListener} MDB. An endpoint receives every event of every
 * pile connection on the node, so there is nothing to select. {@code endpointName} names the endpoint in the
 * adapter's logs; {@code maxConcurrentDeliveries} caps how many deliveries run at once and must not exceed the MDB's
 * bean pool ({@code max-pool-size} in glassfish-ejb-jar.xml), or the container runs out of instances under load.
 */
public class PileActivationSpec implements ActivationSpec, Serializable {

    private static final long serialVersionUID = 1L;

    private String endpointName = "PileMessageListener";
    private Integer maxConcurrentDeliveries = 16;
    private transient ResourceAdapter resourceAdapter;

    public String getEndpointName() {
        return endpointName;
    }

    public void setEndpointName(String endpointName) {
        this.endpointName = endpointName;
    }

    public Integer getMaxConcurrentDeliveries() {
        return maxConcurrentDeliveries;
    }

    public void setMaxConcurrentDeliveries(Integer maxConcurrentDeliveries) {
        this.maxConcurrentDeliveries = maxConcurrentDeliveries;
    }

    @Override
    public void validate() throws InvalidPropertyException {
        if (endpointName == null || endpointName.isBlank()) {
            throw new InvalidPropertyException("endpointName must not be blank");
        }
        if (maxConcurrentDeliveries == null || maxConcurrentDeliveries < 1) {
            throw new InvalidPropertyException("maxConcurrentDeliveries must be at least 1, was " + maxConcurrentDeliveries);
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
        return "PileActivationSpec[" + endpointName + ", maxConcurrentDeliveries=" + maxConcurrentDeliveries + "]";
    }
}
