/**
 * Domain events to and from Artemis: the connection factory and destinations of the platform, and the one
 * publisher every context uses. Events are JSON text messages sent inside the caller's transaction, so an event
 * leaves only if the change that caused it commits.
 */
package io.chargeops.core.messaging;
