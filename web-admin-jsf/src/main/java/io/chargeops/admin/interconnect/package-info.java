/** Console screens of the interconnect (T/CEC 102): partners and their push switches, the push outbox, pulled stations. */
package io.chargeops.admin.interconnect;
