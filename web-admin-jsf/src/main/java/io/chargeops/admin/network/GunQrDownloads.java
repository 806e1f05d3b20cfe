package io.chargeops.admin.network;

import io.chargeops.core.RefusedException;
import io.chargeops.core.identity.ConsoleMenus;
import io.chargeops.core.pile.GunQrCodes;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gun QR codes as plain downloads for the console's links: {@code /admin/qr/guns/<gunCode>.png} and
 * {@code /admin/qr/stations/<id>.zip}. Under {@code /admin/*}, so only a signed-in account with the station or pile
 * screen gets them, inside its data scope ({@code ConsoleDataScope}): another merchant's gun or station is 404.
 */
@WebServlet(name = "GunQrDownloads", urlPatterns = "/admin/qr/*")
public class GunQrDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern GUN = Pattern.compile("/guns/(\\d{16})\\.png");
    private static final Pattern STATION = Pattern.compile("/stations/(\\d{1,18})\\.zip");

    @EJB
    transient GunQrCodes qrCodes;

    @EJB
    transient ConsoleMenus menus;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Set<String> granted = menus.permissionsOf(request.getUserPrincipal().getName());
        if (!granted.contains("stations") && !granted.contains("piles")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher gun = GUN.matcher(path);
        Matcher station = STATION.matcher(path);
        try {
            if (gun.matches()) {
                byte[] png = qrCodes.png(gun.group(1));
                attachment(response, "image/png", gun.group(1) + ".png");
                response.setContentLength(png.length);
                response.getOutputStream().write(png);
            } else if (station.matches()) {
                Long stationId = Long.valueOf(station.group(1));
                if (qrCodes.gunCodesOf(stationId).isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND, "No guns you can see at station " + stationId);
                    return;
                }
                attachment(response, "application/zip", "gun-qr-station-" + stationId + ".zip");
                qrCodes.zip(stationId, response.getOutputStream());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (RefusedException e) {
            response.sendError(e.kind().httpStatus(), e.getMessage());
        }
    }

    private static void attachment(HttpServletResponse response, String type, String fileName) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
    }
}
