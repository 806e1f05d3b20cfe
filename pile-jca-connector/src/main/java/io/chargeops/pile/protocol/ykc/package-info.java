package io.chargeops.pile.protocol.ykc;
