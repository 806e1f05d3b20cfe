/**
 * Live monitoring (充电实况): the gun grid from ejb-core's {@code report.LiveBoard}, refreshed by push. {@link
 * io.chargeops.admin.live.LivePush} looks at the board's fingerprint every two seconds on the server and, when it
 * changed, sends "refresh" on the Faces websocket channel {@code live}; each open board then re-renders itself with an
 * ajax request under its own operator's identity (the push carries no data, so the data scope is the page's own).
 */
package io.chargeops.admin.live;
