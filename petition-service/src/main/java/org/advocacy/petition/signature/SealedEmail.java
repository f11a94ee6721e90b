package org.advocacy.petition.signature;

/** An email as stored: encrypted, and its keyed hash for finding the same email again. */
record SealedEmail(String ciphertext, String hash) {
}
