package org.advocacy.petition.signature;

/** Where a signature is: waiting for the supporter's confirmation, counted, or erased (a tombstone). */
public enum SignatureStatus {
    PENDING,
    CONFIRMED,
    ERASED
}
