package io.chargeops.admin.shell;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One streamed xlsx sheet as every console export writes it: POI's SXSSF workbook keeping at most 200 rows in memory,
 * a bold header row of translated column titles, then rows of text and numbers. The caller feeds rows in chunks from
 * ejb-core, so a large export never holds the whole list.
 */
public final class XlsxSheet {

    static final int ROWS_IN_MEMORY = 200;

    private final SXSSFSheet sheet;
    private int next = 1;

    /** Writes rows into a sheet and streams the workbook to {@code out}. */
    @FunctionalInterface
    public interface Rows {
        void write(XlsxSheet sheet) throws IOException;
    }

    private XlsxSheet(SXSSFSheet sheet) {
        this.sheet = sheet;
    }

    /**
     * @param text        the viewer's text bundle
     * @param titleKey    text bundle key of the sheet name
     * @param headerKeys  text bundle keys of the column titles
     * @param widthsChars column widths in characters, one per column
     */
    public static void write(OutputStream out, ResourceBundle text, String titleKey, String[] headerKeys,
                             int[] widthsChars, Rows rows) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            SXSSFSheet sheet = book.createSheet(text.getString(titleKey));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headerKeys.length; i++) {
                Cell c = header.createCell(i);
                c.setCellValue(text.getString(headerKeys[i]));
                c.setCellStyle(bold);
            }
            rows.write(new XlsxSheet(sheet));
            for (int i = 0; i < widthsChars.length; i++) {
                sheet.setColumnWidth(i, widthsChars[i] * 256);
            }
            book.write(out);
        } finally {
            book.close();
        }
    }

    /** The next row: a {@link Number} becomes a numeric cell, anything else its text, null an empty cell. */
    public void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof BigDecimal d) {
                row.createCell(i).setCellValue(d.doubleValue());
            } else if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }
}
