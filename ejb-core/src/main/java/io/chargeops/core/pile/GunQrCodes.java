package io.chargeops.core.pile;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.chargeops.core.RefusedException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The QR code printed on each gun (扫码充电): a PNG of {@code chargeops.gun-qr.url-template} with {@code {gunCode}}
 * replaced, one per gun or a ZIP of a station's guns named {@code <gunCode>.png}. Only guns the caller's data scope
 * sees are drawn (the gun lookup is scoped), so a merchant never gets another merchant's codes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class GunQrCodes {

    static final String PLACEHOLDER = "{gunCode}";

    @EJB
    PileRegistry piles;

    @Inject
    @ConfigProperty(name = "chargeops.gun-qr.url-template", defaultValue = "https://chargeops.io/charge?gun={gunCode}")
    String urlTemplate;

    @Inject
    @ConfigProperty(name = "chargeops.gun-qr.size-px", defaultValue = "400")
    int sizePx;

    /** What the code of {@code gunCode} says: the template with the gun code in place (appended when it has none). */
    public String content(String gunCode) {
        return content(urlTemplate, gunCode);
    }

    static String content(String template, String gunCode) {
        return template.contains(PLACEHOLDER) ? template.replace(PLACEHOLDER, gunCode) : template + gunCode;
    }

    /** The PNG of a gun the caller sees; 404 {@code unknown-gun} for any other code. */
    public byte[] png(String gunCode) {
        GunCode code;
        try {
            code = GunCode.parse(gunCode);
        } catch (IllegalArgumentException e) {
            throw unknownGun(gunCode);
        }
        GunView gun = piles.gun(code).orElseThrow(() -> unknownGun(gunCode));
        return png(content(gun.gunCode()), sizePx);
    }

    /** Gun codes of a station's active piles the caller sees, in pile and gun order; empty for a station it does not see. */
    public List<String> gunCodesOf(Long stationId) {
        return piles.list(stationId, PileStatus.ACTIVE).stream().flatMap(p -> p.guns().stream()).map(GunView::gunCode).toList();
    }

    /** Writes a ZIP of every gun of the station as {@code <gunCode>.png}; 404 {@code no-guns} when the caller sees none there. */
    public void zip(Long stationId, OutputStream out) throws IOException {
        List<String> codes = gunCodesOf(stationId);
        if (codes.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "no-guns", "Station " + stationId + " has no guns you can see");
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        for (String code : codes) {
            zip.putNextEntry(new ZipEntry(code + ".png"));
            zip.write(png(content(code), sizePx));
            zip.closeEntry();
        }
        zip.finish();
    }

    /** A black-on-white QR code of {@code text}, {@code size} pixels square, error correction M, the 4-module quiet zone of ISO/IEC 18004. */
    static byte[] png(String text, int size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text + " as a QR code", e);
        }
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static RefusedException unknownGun(String gunCode) {
        return new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-gun", "No gun " + gunCode);
    }
}
