-- Operator console (issue 7): lockout after repeated wrong passwords. failed_logins counts the current run of
-- failures, failed_since says when it began (a run older than chargeops.console.lockout.window-minutes starts
-- again), locked_until ends the lock. Keep in step with the DM8 script.
ALTER TABLE console_user ADD failed_since TIMESTAMP;
