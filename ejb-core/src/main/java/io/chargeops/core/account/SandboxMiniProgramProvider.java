package io.chargeops.core.account;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The embedded default: no platform is called; the openid is derived from the code ({@code sbx-} + the first 28 hex
 * digits of SHA-256(platform:code)), so the same code always names the same user, and WeChat codes get a unionid the
 * same way ({@code sbxu-}…). Anyone can claim any openid with it: never enable it in production
 * ({@code chargeops.app.mini-program.sandbox=false}).
 */
@ApplicationScoped
public class SandboxMiniProgramProvider implements MiniProgramProvider {

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public boolean serves(MiniProgramPlatform platform) {
        return true;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public MiniProgramIdentity exchange(MiniProgramPlatform platform, String code) {
        if (code == null || code.isBlank() || code.startsWith("invalid")) {
            throw new MiniProgramLoginException(true, "sandbox: code refused", null);
        }
        String openid = "sbx-" + AccountService.sha256(platform + ":" + code).substring(0, 28);
        String unionid = platform == MiniProgramPlatform.WECHAT
                ? "sbxu-" + AccountService.sha256("union:" + code).substring(0, 28) : null;
        return new MiniProgramIdentity(openid, unionid);
    }
}
