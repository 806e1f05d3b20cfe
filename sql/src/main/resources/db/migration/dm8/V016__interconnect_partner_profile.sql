-- Interconnect partner profile (issue 8): how outbound calls find a partner's interfaces (path style), and the
-- provincial real-time power push's interface name and interval, per partner (supervision platforms differ by
-- province). The call log gets an index on its time for the retention purge. Keep in step with the DM8 script.

-- STANDARD = {base}/evcs/v1/{interface} (T/CEC 102.4 §6.1); see io.chargeops.core.interconnect.PathStyle for the others
ALTER TABLE interconnect_partner ADD path_style VARCHAR2(16) DEFAULT 'STANDARD' NOT NULL;
-- a base URL stored before path styles existed was called as base URL + interface: it keeps that (PLAIN)
UPDATE interconnect_partner SET path_style = 'PLAIN' WHERE base_url IS NOT NULL;
ALTER TABLE interconnect_partner ADD power_interface VARCHAR2(64) DEFAULT 'notification_realtime_power_info' NOT NULL;
ALTER TABLE interconnect_partner ADD power_seconds INT DEFAULT 300 NOT NULL;

CREATE INDEX ix_interconnect_call_time ON interconnect_call (called_at);
