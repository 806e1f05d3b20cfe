package io.chargeops.admin.dashboard;

import io.chargeops.core.finder.Coordinates;
import io.chargeops.core.station.CoordinateSystem;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard's station map (Leaflet, served from the WAR's webjar): one marker per station the operator sees, at its
 * position converted into the datum of the tile source. Stations keep the datum they were entered in
 * ({@code coordinate_system}: GCJ-02 from Chinese map pickers, WGS-84 from GPS); tiles from AMap/Tencent are GCJ-02,
 * OpenStreetMap-style tiles WGS-84, so {@code chargeops.console.map.tile-datum} says which. Without a tile URL (the
 * default: tiles may be unreachable offline) the markers stand on a plain background, still placed in that datum.
 */
@Named
@RequestScoped
public class StationMap {

    @EJB
    StationService stations;

    @Inject
    @ConfigProperty(name = "chargeops.console.map.tile-url")
    Optional<String> tileUrl;

    @Inject
    @ConfigProperty(name = "chargeops.console.map.tile-datum", defaultValue = "GCJ02")
    CoordinateSystem tileDatum;

    @Inject
    @ConfigProperty(name = "chargeops.console.map.tile-attribution")
    Optional<String> attribution;

    @Inject
    @ConfigProperty(name = "chargeops.console.map.max-zoom", defaultValue = "18")
    int maxZoom;

    private static final String LEAFLET_VERSION = webjarVersion();

    /** {@code {url, attribution, maxZoom}}; url empty when no tile source is configured. */
    public String getTiles() {
        return Json.createObjectBuilder().add("url", tileUrl.map(String::trim).orElse(""))
                .add("attribution", attribution.map(String::trim).orElse("")).add("maxZoom", maxZoom)
                .add("datum", tileDatum.name()).build().toString();
    }

    /** The markers: {@code [{id, name, address, status, lat, lng}]} in the tile datum. */
    public String getMarkers() {
        List<StationView> seen = stations.list(null);
        JsonArrayBuilder markers = Json.createArrayBuilder();
        for (StationView s : seen) {
            double[] at = Coordinates.convert(s.longitude().doubleValue(), s.latitude().doubleValue(), s.coordinateSystem(),
                    tileDatum);
            markers.add(Json.createObjectBuilder().add("id", s.id()).add("name", s.name()).add("address", s.address())
                    .add("status", s.status().name()).add("lng", at[0]).add("lat", at[1]));
        }
        return markers.build().toString();
    }

    /** Where the webjar's files are served: {@code /webjars/leaflet/<version>/dist}. */
    public String getLeafletPath() {
        return "/webjars/leaflet/" + LEAFLET_VERSION + "/dist";
    }

    private static String webjarVersion() {
        try (InputStream in = StationMap.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/leaflet/pom.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "1.9.4");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
