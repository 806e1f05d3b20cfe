package io.chargeops.admin.orders;

import io.chargeops.admin.shell.Formats;
import io.chargeops.admin.shell.XlsxSheet;
import io.chargeops.core.report.OrderQuery;
import io.chargeops.core.report.OrderRow;
import io.chargeops.core.report.OrderSearch;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Writes the filtered order list as a streamed xlsx ({@link XlsxSheet}): 500 orders per call to ejb-core, so a large
 * export neither loads every order at once nor holds the sheet in the heap. Runs as a {@link
 * io.chargeops.admin.shell.BackgroundExport}, off the request thread.
 */
final class OrderExport {

    static final int CHUNK = 500;
    private static final String[] COLUMNS = {"orders.orderNo", "orders.state", "orders.pile", "orders.gun",
            "orders.user", "orders.channel", "orders.created", "orders.settled", "orders.energy",
            "orders.electricity", "orders.service", "orders.total", "orders.payable"};
    private static final int[] WIDTHS = {36, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16};

    private final OrderSearch search;
    private final Formats fmt;

    OrderExport(OrderSearch search, Formats fmt) {
        this.search = search;
        this.fmt = fmt;
    }

    void write(OrderQuery query, OutputStream out, ResourceBundle text, Runnable rowWritten) throws IOException {
        XlsxSheet.write(out, text, "orders.title", COLUMNS, WIDTHS, sheet -> {
            long after = 0;
            List<OrderRow> chunk;
            do {
                chunk = search.chunk(query, after, CHUNK);
                for (OrderRow o : chunk) {
                    sheet.row(o.orderNo(), text.getString("order." + o.state()), o.pileCode(), o.gunNo(),
                            o.userPhone() == null ? "" : o.userPhone(), o.startChannel(), fmt.time(o.createdAt()),
                            fmt.time(o.settledAt()), o.energyKwh(), o.electricityAmount(), o.serviceAmount(),
                            o.totalAmount(), o.payableAmount());
                    after = o.id();
                    rowWritten.run();
                }
            } while (chunk.size() == CHUNK);
        });
    }
}
