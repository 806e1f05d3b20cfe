package io.chargeops.pile.protocol.ykc.message;

import java.util.List;

/** Every frame type of YKC v1.6, in spec order. */
public final class StandardMessages {
    private StandardMessages() {
    }

    public static List<MessageType<?>> all() {
        return List.of(
            LoginRequest.TYPE,
            LoginResponse.TYPE,
            Heartbeat.TYPE,
            HeartbeatResponse.TYPE,
            BillingModelVerifyRequest.TYPE,
            BillingModelVerifyResponse.TYPE,
            BillingModelRequest.TYPE,
            BillingModelResponse.TYPE,
            ReadRealTimeData.TYPE,
            RealTimeData.TYPE,
            ChargeHandshake.TYPE,
            ParameterConfig.TYPE,
            ChargeEnd.TYPE,
            ChargeError.TYPE,
            BmsStop.TYPE,
            ChargerStop.TYPE,
            BmsDemandOutput.TYPE,
            BmsInfo.TYPE,
            PileStartRequest.TYPE,
            PileStartResponse.TYPE,
            RemoteStartResponse.TYPE,
            RemoteStartRequest.TYPE,
            RemoteStopResponse.TYPE,
            RemoteStopRequest.TYPE,
            TransactionRecord.TYPE,
            TransactionRecordConfirm.TYPE,
            BalanceUpdateRequest.TYPE,
            BalanceUpdateResponse.TYPE,
            OfflineCardSyncRequest.TYPE,
            OfflineCardSyncResponse.TYPE,
            OfflineCardClearRequest.TYPE,
            OfflineCardClearResponse.TYPE,
            OfflineCardQueryRequest.TYPE,
            OfflineCardQueryResponse.TYPE,
            WorkingParamsRequest.TYPE,
            WorkingParamsResponse.TYPE,
            TimeSyncRequest.TYPE,
            TimeSyncResponse.TYPE,
            BillingModelSetRequest.TYPE,
            BillingModelSetResponse.TYPE,
            GroundLockStatus.TYPE,
            GroundLockCommand.TYPE,
            GroundLockCommandResponse.TYPE,
            RebootRequest.TYPE,
            RebootResponse.TYPE,
            UpdateRequest.TYPE,
            UpdateResponse.TYPE,
            ParallelStartRequest.TYPE,
            ParallelStartResponse.TYPE,
            ParallelRemoteStartRequest.TYPE,
            ParallelRemoteStartResponse.TYPE);
    }
}
