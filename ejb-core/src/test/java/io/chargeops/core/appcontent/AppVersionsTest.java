package io.chargeops.core.appcontent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppVersionsTest {

    @Test
    void versionsCompareByNumericParts() {
        assertThat(AppVersions.compare("1.10.0", "1.9.3")).isPositive();
        assertThat(AppVersions.compare("1.0", "1.0.0")).isZero();
        assertThat(AppVersions.compare("0.9.9", "1.0.0")).isNegative();
        assertThat(AppVersions.compare("2", "1.99.99")).isPositive();
    }
}
