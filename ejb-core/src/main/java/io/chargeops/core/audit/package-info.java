/**
 * Operation log (操作日志): who changed which record, from what to what, when and from where. Services call
 * {@link io.chargeops.core.audit.OperationLog#record} inside the transaction of the change, so an entry exists exactly
 * when the change was committed; {@link io.chargeops.core.audit.OperationCaller} carries who is calling (set where the
 * console and the ops API authenticate, like the data scope); {@link io.chargeops.core.audit.ChangeDiff} keeps only
 * the fields that changed and never a secret. Entries carry the record's merchant and so join the data scope.
 */
package io.chargeops.core.audit;
