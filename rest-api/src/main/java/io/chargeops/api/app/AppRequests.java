package io.chargeops.api.app;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request bodies of the app API; every constraint breach is a 400 problem. Classes with public fields, not records:
 * Payara 6.2025.10's OpenAPI generator fails on constraints of a record's constructor parameters.
 */
public final class AppRequests {

    static final String MOBILE = "1[3-9]\\d{9}";
    static final String MOBILE_MESSAGE = "must be an 11-digit mainland China mobile number";

    private AppRequests() {
    }

    @Schema(name = "SmsCodeRequest", description = "Ask for a sign-in code by SMS")
    public static class SmsCodeRequest {
        @Schema(example = "13812345678", required = true) @NotBlank @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE)
        public String phone;
    }

    @Schema(name = "SignInRequest", description = "Sign in (registering on first use) with the code received by SMS")
    public static class SignInRequest {
        @Schema(example = "13812345678", required = true) @NotBlank @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE)
        public String phone;

        @Schema(example = "123456", required = true) @NotBlank @Pattern(regexp = "\\d{6}", message = "must be the 6-digit code")
        public String code;

        @Schema(description = "Device name shown in the user's sessions", example = "iPhone 15") @Size(max = 100)
        public String device;
    }

    @Schema(name = "MiniProgramSignInRequest", description = "Sign in from a WeChat or Alipay mini-program with its login "
            + "code (wx.login / my.getAuthCode). The first time an openid is seen, add phone and smsCode (from POST "
            + "auth/sms-codes): the openid is linked to that phone's account, registered if new.")
    public static class MiniProgramSignInRequest {
        @Schema(required = true, enumeration = {"WECHAT", "ALIPAY"}, example = "WECHAT") @NotBlank
        @Pattern(regexp = "WECHAT|ALIPAY", message = "must be WECHAT or ALIPAY")
        public String platform;

        @Schema(description = "One-time login code from the mini-program", required = true, example = "0a3Xk2000abcd")
        @NotBlank @Size(max = 128)
        public String code;

        @Schema(description = "First sign-in only: the phone to link", example = "13812345678")
        @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE)
        public String phone;

        @Schema(description = "First sign-in only: the SMS code sent to phone", example = "123456")
        @Pattern(regexp = "\\d{6}", message = "must be the 6-digit code")
        public String smsCode;

        @Size(max = 100)
        public String device;
    }

    @Schema(name = "RefreshRequest", description = "Exchange a refresh token for a new token pair (the old one is used up)")
    public static class RefreshRequest {
        @Schema(required = true) @NotBlank @Size(max = 200)
        public String refreshToken;

        @Size(max = 100)
        public String device;
    }

    @Schema(name = "LogoutRequest", description = "End this session (its refresh token), or every session")
    public static class LogoutRequest {
        @Size(max = 200)
        public String refreshToken;

        @Schema(description = "true: end every session of the user", defaultValue = "false")
        public Boolean everywhere;
    }

    @Schema(name = "ProfileUpdate")
    public static class ProfileUpdate {
        @Schema(example = "小王", required = true) @NotBlank @Size(max = 50)
        public String nickname;
    }

    @Schema(name = "AppStartRequest", description = "Start charging on a gun")
    public static class StartRequest {
        @Schema(description = "Gun code from the QR code", example = "3201060000000101", required = true)
        @NotBlank @Pattern(regexp = "\\d{16}", message = "must be a 16-digit gun code")
        public String gunCode;

        @Schema(description = "Amount to reserve (元); the charge stops when it is used up. Default: the whole available balance",
                example = "50.00")
        @DecimalMin("0.01") @Digits(integer = 8, fraction = 2)
        public BigDecimal prepayAmount;
    }

    @Schema(name = "ContinueRequest", description = "Continue charging on the same gun; the body may be empty or {}")
    public static class ContinueRequest {
        @Schema(description = "Amount to reserve (元). Default: the whole available balance", example = "30.00")
        @DecimalMin("0.01") @Digits(integer = 8, fraction = 2)
        public BigDecimal prepayAmount;
    }

    @Schema(name = "CommentRequest", description = "A comment on a station where one has charged")
    public static class CommentRequest {
        @Schema(description = "1..5 stars", required = true, example = "5") @NotNull
        @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(5)
        public Integer rating;

        @Schema(example = "车位充足, 充电很快") @Size(max = 500)
        public String content;
    }

    @Schema(name = "RechargeRequest", description = "Recharge a wallet (one's own, or another user's by phone number)")
    public static class RechargeRequest {
        @Schema(description = "元, 0.01 .. 50000, at most 2 decimals; the app offers quick amounts", example = "100.00",
                required = true)
        @NotNull @DecimalMin("0.01") @DecimalMax("50000") @Digits(integer = 5, fraction = 2)
        public BigDecimal amount;

        @Schema(description = "Payment provider, one of GET /wallet/recharge-options providers", example = "sandbox",
                required = true)
        @NotBlank @Pattern(regexp = "[a-z0-9-]{1,16}", message = "must be a provider name")
        public String provider;

        @Schema(description = "Recharge another account: its phone number") @Pattern(regexp = MOBILE, message = MOBILE_MESSAGE)
        public String beneficiaryPhone;

        @Schema(description = "The payer's openid (WeChat JSAPI / mini-program payments)") @Size(max = 128)
        public String payerOpenId;
    }

    @Schema(name = "RefundRequestBody", description = "Ask for online-recharged principal back; an operator decides")
    public static class RefundRequestBody {
        @Schema(description = "元; default: everything refundable", example = "50.00")
        @DecimalMin("0.01") @Digits(integer = 8, fraction = 2)
        public BigDecimal amount;

        @Size(max = 200)
        public String reason;
    }

    @Schema(name = "VehicleRequest", description = "A vehicle: mainland plate, optional VIN and model")
    public static class VehicleRequest {
        @Schema(example = "苏A12345D", required = true) @NotBlank @Size(max = 16)
        public String plateNo;

        @Schema(example = "LSVAU2180N2183294") @Size(max = 17)
        public String vin;

        @Schema(example = "比亚迪 汉 EV") @Size(max = 64)
        public String model;

        @Schema(description = "make it the default vehicle", defaultValue = "false")
        public Boolean isDefault;
    }

    @Schema(name = "FeedbackRequest", description = "Feedback, or an appeal about an order (occupancy fee, parking)")
    public static class FeedbackRequest {
        @Schema(enumeration = {"FEEDBACK", "OCCUPANCY_FEE_APPEAL", "PARKING_APPEAL"}, required = true)
        @NotBlank @Pattern(regexp = "FEEDBACK|OCCUPANCY_FEE_APPEAL|PARKING_APPEAL")
        public String category;

        @Schema(description = "the order an appeal is about (required for appeals)")
        @Pattern(regexp = "\\d{32}", message = "must be a 32-digit order number")
        public String orderNo;

        @Schema(required = true) @NotBlank @Size(max = 500)
        public String content;

        @Size(max = 64)
        public String contact;
    }

    @Schema(name = "InvoiceRequestBody", description = "An invoice over settled orders")
    public static class InvoiceRequestBody {
        @Schema(required = true) @NotNull @Size(min = 1, max = 100)
        public java.util.List<@NotNull @Pattern(regexp = "\\d{32}", message = "must be a 32-digit order number") String> orderNos;

        @Schema(enumeration = {"PERSONAL", "COMPANY"}, required = true) @NotBlank @Pattern(regexp = "PERSONAL|COMPANY")
        public String titleType;

        @Schema(example = "南京某某科技有限公司", required = true) @NotBlank @Size(max = 100)
        public String title;

        @Schema(description = "company titles: 统一社会信用代码", example = "91320100MA1XXXXXXX") @Size(max = 32)
        public String taxNo;

        @Schema(example = "driver@example.cn", required = true) @NotBlank @Size(max = 100)
        public String email;
    }
}
