package io.chargeops.core.pile;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class GunQrCodesTest {

    @Test
    void theGunCodeTakesThePlaceholderOrIsAppended() {
        assertThat(GunQrCodes.content("https://chargeops.io/charge?gun={gunCode}", "3201060000000101"))
                .isEqualTo("https://chargeops.io/charge?gun=3201060000000101");
        assertThat(GunQrCodes.content("https://op.example/c/{gunCode}/start", "3201060000000102"))
                .isEqualTo("https://op.example/c/3201060000000102/start");
        assertThat(GunQrCodes.content("https://op.example/scan?g=", "3201060000000102"))
                .isEqualTo("https://op.example/scan?g=3201060000000102");
    }

    @Test
    void thePngIsASquareQrCodeThatDecodesToItsContent() throws Exception {
        String content = "https://chargeops.io/charge?gun=3201060000000101";
        byte[] png = GunQrCodes.png(content, 400);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(400);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        // a generated image holds nothing but the code: read it as such (the finder-pattern search of ZXing misses a
        // few perfectly regular synthetic codes that phones read)
        assertThat(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, true)).getText()).isEqualTo(content);
    }
}
