package io.chargeops.admin.orders;

import io.chargeops.admin.shell.Formats;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.report.OrderQuery;
import io.chargeops.core.report.OrderRow;
import io.chargeops.core.report.OrderSearch;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the filtered order list as an xlsx with POI's streaming workbook: 500 orders per call to ejb-core, at most
 * 200 rows in memory, so a large export neither loads every order at once nor holds the sheet in the heap.
 */
final class OrderExport {

    static final int CHUNK = 500;
    private static final String[] COLUMNS = {"orders.orderNo", "orders.state", "orders.pile", "orders.gun",
            "orders.user", "orders.channel", "orders.created", "orders.settled", "orders.energy",
            "orders.electricity", "orders.service", "orders.total", "orders.payable"};

    private final OrderSearch search;
    private final Formats fmt;

    OrderExport(OrderSearch search, Formats fmt) {
        this.search = search;
        this.fmt = fmt;
    }

    void write(OrderQuery query, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = book.createSheet(Messages.text("orders.title"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell c = header.createCell(i);
                c.setCellValue(Messages.text(COLUMNS[i]));
                c.setCellStyle(bold);
            }
            int r = 1;
            long after = 0;
            List<OrderRow> chunk;
            do {
                chunk = search.chunk(query, after, CHUNK);
                for (OrderRow o : chunk) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(o.orderNo());
                    row.createCell(1).setCellValue(Messages.text("order." + o.state()));
                    row.createCell(2).setCellValue(o.pileCode());
                    row.createCell(3).setCellValue(o.gunNo());
                    row.createCell(4).setCellValue(o.userPhone() == null ? "" : o.userPhone());
                    row.createCell(5).setCellValue(o.startChannel());
                    row.createCell(6).setCellValue(fmt.time(o.createdAt()));
                    row.createCell(7).setCellValue(fmt.time(o.settledAt()));
                    number(row, 8, o.energyKwh());
                    number(row, 9, o.electricityAmount());
                    number(row, 10, o.serviceAmount());
                    number(row, 11, o.totalAmount());
                    number(row, 12, o.payableAmount());
                    after = o.id();
                }
            } while (chunk.size() == CHUNK);
            for (int i = 0; i < COLUMNS.length; i++) {
                sheet.setColumnWidth(i, i == 0 ? 36 * 256 : 16 * 256);
            }
            book.write(out);
        } finally {
            book.close();
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
