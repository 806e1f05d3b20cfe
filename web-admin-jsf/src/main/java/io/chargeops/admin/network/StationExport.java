package io.chargeops.admin.network;

import io.chargeops.admin.shell.Formats;
import io.chargeops.admin.shell.XlsxSheet;
import io.chargeops.core.station.StationView;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.ResourceBundle;

/** The station list as xlsx: every column an operator hands to a partner or a site survey. */
final class StationExport {

    private static final String[] COLUMNS = {"stations.code", "stations.name", "stations.address", "stations.province",
            "stations.city", "stations.district", "stations.longitude", "stations.latitude", "stations.crs",
            "stations.stationType", "stations.status", "stations.openingHours", "stations.phone", "stations.parkingFee",
            "stations.parkingSpaces", "stations.siteGuide", "stations.merchant", "stations.createdAt"};
    private static final int[] WIDTHS = {16, 28, 40, 10, 10, 10, 14, 14, 8, 12, 12, 18, 16, 30, 10, 30, 10, 18};

    private StationExport() {
    }

    static void write(List<StationView> stations, Formats fmt, OutputStream out, ResourceBundle text,
                      Runnable rowWritten) throws IOException {
        XlsxSheet.write(out, text, "menu.stations", COLUMNS, WIDTHS, sheet -> {
            for (StationView s : stations) {
                sheet.row(s.stationCode(), s.name(), s.address(), s.provinceCode(), s.cityCode(), s.districtCode(),
                        s.longitude(), s.latitude(), s.coordinateSystem().name(),
                        text.getString("stationType." + s.stationType()), text.getString("stationStatus." + s.status()),
                        s.openingHours(), s.servicePhone(), s.parkingFeeNote(), s.parkingSpaces(), s.siteGuide(),
                        s.merchantId(), fmt.time(s.createdAt()));
                rowWritten.run();
            }
        });
    }
}
