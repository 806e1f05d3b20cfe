package io.chargeops.jms;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.uri.ServerLocatorParser;

/**
 * Turns an Artemis connection URL ({@code tcp://host:61616}, {@code (tcp://a:61616,tcp://b:61616)?ha=true},
 * {@code tcp://host:61617?sslEnabled=true;...}) into the comma/semicolon lists that
 * {@code ActiveMQResourceAdapter#setConnectorClassName} and {@code #setConnectionParameters} expect.
 *
 * @param connectorClassNames comma separated connector factory classes, one per broker
 * @param connectionParameters comma separated {@code key=value;key=value} sets, one per broker
 * @param ha                  whether the URL asked for HA ({@code ?ha=true})
 */
public record RemoteConnectors(String connectorClassNames, String connectionParameters, boolean ha) {

    public static RemoteConnectors parse(String url) {
        ServerLocator locator;
        try {
            ServerLocatorParser parser = new ServerLocatorParser();
            // expandURI turns the "(tcp://a:61616,tcp://b:61616)?ha=true" list form into a parsable URI
            locator = parser.newObject(parser.expandURI(url), null);
        } catch (Exception e) {
            throw new IllegalArgumentException("Not an Artemis broker URL: " + url, e);
        }
        try {
            TransportConfiguration[] transports = locator.getStaticTransportConfigurations();
            if (transports == null || transports.length == 0) {
                throw new IllegalArgumentException("No broker address in " + url);
            }
            StringJoiner classes = new StringJoiner(",");
            StringJoiner params = new StringJoiner(",");
            for (TransportConfiguration t : transports) {
                classes.add(t.getFactoryClassName());
                StringJoiner p = new StringJoiner(";");
                for (Map.Entry<String, Object> e : new TreeMap<>(t.getParams()).entrySet()) {
                    p.add(e.getKey() + "=" + e.getValue());
                }
                params.add(p.toString());
            }
            return new RemoteConnectors(classes.toString(), params.toString(), locator.isHA());
        } finally {
            locator.close();
        }
    }
}
