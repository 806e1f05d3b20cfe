package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;

/**
 * Problem titles of the app API in the client's language: Chinese when {@code Accept-Language} prefers Chinese,
 * English otherwise ({@code Content-Language} says which). Only the title changes; {@code type} stays the stable
 * code clients switch on, and {@code detail} stays the developer-facing English text.
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    static final Map<Integer, String> CHINESE = Map.ofEntries(
            Map.entry(400, "请求无效"),
            Map.entry(401, "未登录或登录已失效"),
            Map.entry(403, "无权访问"),
            Map.entry(404, "未找到"),
            Map.entry(405, "不支持该请求方法"),
            Map.entry(406, "不支持该响应格式"),
            Map.entry(409, "当前状态不允许该操作"),
            Map.entry(415, "不支持该请求格式"),
            Map.entry(422, "无法处理该请求"),
            Map.entry(429, "请求过于频繁"),
            Map.entry(500, "服务器内部错误"),
            Map.entry(503, "服务繁忙，请稍后再试"));

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !isApp(request)) {
            return;
        }
        boolean chinese = request.getAcceptableLanguages().stream().findFirst()
                .map(l -> "zh".equals(l.getLanguage())).orElse(false);
        if (chinese && CHINESE.containsKey(problem.status())) {
            response.setEntity(new Problem(problem.type(), CHINESE.get(problem.status()), problem.status(), problem.detail(),
                    problem.instance()), response.getEntityAnnotations(), Problem.MEDIA);
        }
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, chinese ? "zh-CN" : "en");
    }

    private static boolean isApp(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.toLowerCase(Locale.ROOT).replaceFirst("^/", "").startsWith("app/");
    }
}
