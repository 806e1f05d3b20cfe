package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.str;
import static io.chargeops.it.micro.AppApi.ok;
import static io.chargeops.it.micro.AppJourneyIT.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * FAQ, notices and banners written through the ops API by a platform account and read by the app (published, inside
 * the window, in order); merchant accounts may not write them; the version check per platform.
 */
@ExtendWith(SharedNode.class)
class AppContentIT {

    @Test
    void platformWritesTheAppReads(MicroNode node) {
        AdminApi ops = new AdminApi(node);
        AppApi app = new AppApi(node);
        String tag = UUID.randomUUID().toString().substring(0, 8);

        AdminApi.Reply created = ops.post("/app-content", Json.object("kind", "NOTICE", "title", "春节充电服务正常 " + tag,
                "body", "除夕至初七正常营业", "sortNo", 1));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String noticeId = str(created.map(), "id");
        assertThat(ok(ops.post("/app-content", Json.object("kind", "BANNER", "title", "新站开业 " + tag,
                "imageUrl", "https://cdn.example.cn/b.png", "linkUrl", "https://chargeops.io/news")), 201)).isNotEmpty();
        ok(ops.post("/app-content", Json.object("kind", "FAQ", "title", "如何开具发票? " + tag, "body", "我的-发票")), 201);
        ok(ops.post("/app-content", Json.object("kind", "NOTICE", "title", "草稿 " + tag, "published", false)), 201);
        ok(ops.post("/app-content", Json.object("kind", "NOTICE", "title", "已过期 " + tag,
                "visibleUntil", Instant.now().minus(1, ChronoUnit.DAYS).toString())), 201);

        String notices = AppApi.body(app.get("/notices"));
        assertThat(notices).contains("春节充电服务正常 " + tag).doesNotContain("草稿 " + tag).doesNotContain("已过期 " + tag);
        assertThat(AppApi.body(app.get("/banners"))).contains("https://cdn.example.cn/b.png");
        assertThat(AppApi.body(app.get("/faq"))).contains("如何开具发票? " + tag);

        // refusals: bad fields, unknown item, merchant accounts
        assertThat(ops.post("/app-content", Json.object("kind", "POPUP", "title", "x")).status()).isEqualTo(400);
        assertThat(ops.post("/app-content", Json.object("kind", "FAQ")).status()).isEqualTo(400);
        assertThat(ops.post("/app-content", Json.object("kind", "BANNER", "title", "x", "imageUrl", "javascript:alert(1)"))
                .status()).isEqualTo(400);
        AdminApi franchisee = new AdminApi(node, "13900000003"); // the franchisee (merchant) operator
        assertThat(franchisee.post("/app-content", Json.object("kind", "FAQ", "title", "x")).status()).isEqualTo(403);
        assertThat(franchisee.get("/app-content").status()).isEqualTo(403);
        assertThat(ops.get("/app-content?kind=NOTICE").body()).contains("草稿 " + tag);
        assertThat(noticeId).isNotBlank();

        // station pictures: the station's merchant (or the platform) adds them, the app shows them
        AdminApi.Reply picture = ops.post("/app-content/stations/1/pictures", Json.object("url",
                "https://cdn.example.cn/stations/1/" + tag + ".jpg", "caption", "入口", "sortNo", 1));
        assertThat(picture.status()).as(picture.toString()).isEqualTo(201);
        assertThat(AppApi.body(app.get("/stations/1"))).contains("https://cdn.example.cn/stations/1/" + tag + ".jpg");
        assertThat(franchisee.post("/app-content/stations/1/pictures", Json.object("url", "https://x.cn/a.jpg")).status())
                .as("another merchant's station").isEqualTo(404);
        assertThat(ops.post("/app-content/stations/1/pictures", Json.object("url", "ftp://x")).status()).isEqualTo(400);

        // version check
        Map<String, Object> v = ok(app.get("/app-versions/android?currentVersion=0.9.0"), 200);
        assertThat(str(v, "latestVersion")).isEqualTo("1.0.0");
        assertThat(v.get("updateRequired")).isEqualTo(Boolean.TRUE);
        assertThat(v.get("updateAvailable")).isEqualTo(Boolean.TRUE);
        Map<String, Object> current = ok(app.get("/app-versions/wechat?currentVersion=1.0.0"), 200);
        assertThat(current.get("updateRequired")).isEqualTo(Boolean.FALSE);
        assertThat(current.get("updateAvailable")).isEqualTo(Boolean.FALSE);
        refused(app.get("/app-versions/symbian"), 400);
        refused(app.get("/app-versions/ios?currentVersion=latest"), 400);
    }
}
