package io.chargeops.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.sql.DatabaseVendor;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    @Test
    void autoSeedsTheEmbeddedDatabaseOnlyNeverDameng() {
        assertThat(SchemaMigration.seedWanted("auto", DatabaseVendor.H2)).isTrue();
        assertThat(SchemaMigration.seedWanted("auto", DatabaseVendor.DM8)).isFalse();
    }

    @Test
    void explicitSettingsWinAndNonsenseIsRefused() {
        assertThat(SchemaMigration.seedWanted("true", DatabaseVendor.DM8)).isTrue();
        assertThat(SchemaMigration.seedWanted(" FALSE ", DatabaseVendor.H2)).isFalse();
        assertThatThrownBy(() -> SchemaMigration.seedWanted("yes", DatabaseVendor.H2))
                .hasMessageContaining("chargeops.db.seed-demo-data");
    }
}
