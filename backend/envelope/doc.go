// Package envelope encrypts medical records with envelope encryption: every
// record version gets a fresh random data key, the content is encrypted
// with it as a stream of AES-256-GCM chunks, and the data key is wrapped
// (ECIES on secp256k1) to the registered encryption key of the patient and
// of each entitled party.
//
// Encryption and decryption stream: a writer or reader holds one chunk
// (64 KiB by default, at most 4 MiB) whatever the size of the record, so a
// 1 GiB imaging file never sits whole in memory.
//
// # Ciphertext format (version 1)
//
// The construction is the STREAM online authenticated encryption of
// Hoang, Reyhanitabar, Rogaway and Vizár ("Online Authenticated-Encryption
// and its Nonce-Reuse Misuse-Resistance", CRYPTO 2015), laid out much like
// age's payload and Tink's AES-GCM-HKDF streaming AEAD:
//
//	header   = "SALUSENC" (8) | version 0x01 (1) | log2(chunk size) (1) | salt (16)
//	payload  = chunk 0 | chunk 1 | ... | chunk n-1
//	chunk i  = AES-256-GCM(K, nonce_i, plaintext_i, header ‖ associatedData)
//	           (plaintext_i followed by its 16-byte tag)
//	K ‖ P    = HKDF-SHA-256(secret = data key, salt = salt,
//	           info = "salus envelope v1 payload"), 32 + 7 bytes
//	nonce_i  = P (7) | i as uint32 big-endian (4) | 0x01 if i = n-1 else 0x00 (1)
//
// The chunk size is a power of two from 4 KiB (log2 12) to 4 MiB (log2 22);
// NewWriter always uses 64 KiB (log2 16). Every chunk but the last holds
// exactly one chunk size of plaintext; the last holds 1 to chunk size bytes,
// or none when the whole plaintext is empty (which is encrypted as a single
// empty final chunk, header plus 16 bytes). A stream has at most 2^32 chunks.
// CiphertextSize gives the exact size for the default chunk size.
//
// The salt is drawn afresh for every stream, so even a data key reused by
// mistake gets a fresh payload key and nonces. Every chunk authenticates the
// whole header and the caller's associated data (for a record, something
// binding patient, category and version), so a chunk of another stream, of
// another record or under an edited header does not open. Its position is
// bound by the counter and the end of the stream by the final flag: chunks
// that are modified, reordered, dropped, duplicated, truncated (EOF before a
// chunk marked final) or extended (anything after the chunk marked final)
// are all rejected.
//
// The reader recognises the final chunk as the one that ends at EOF: it
// reads one byte beyond each full chunk, so no chunk is ever opened twice
// and any data after the final chunk turns it into a non-final chunk whose
// tag does not verify.
//
// # Wrapped key format (version 1)
//
//	wrapped = 0x01 (1) | ECIES ciphertext (145)
//	ECIES   = go-ethereum crypto/ecies Encrypt with ECIES_AES128_SHA256 on secp256k1:
//	          ephemeral public key 0x04‖X‖Y (65) | AES-128-CTR IV (16) |
//	          encrypted data key (32) | HMAC-SHA-256 tag (32)
//	          s1 (KDF shared info) = "salus envelope v1 key wrap"
//	          s2 (MAC shared info) = associatedData
//
// Because the associated data enters the MAC, a wrapped key moved to another
// record (other associated data) fails to unwrap; s1 separates these keys
// from any other ECIES use of the same recipient key. The wrapped length is
// fixed, which also keeps the MAC input (ciphertext ‖ s2) unambiguous.
//
// # Errors and partial output
//
// Failures to authenticate wrap ErrAuth; input that cannot be parsed (bad
// magic, unknown version, chunk size out of bounds, short header, wrong
// wrapped length) wraps ErrFormat; keys of the wrong size or off the curve
// wrap ErrInvalidKey. Test with errors.Is.
//
// Writers and readers are not safe for concurrent use; the functions are.
//
// A reader returns no byte of a chunk before that chunk has been
// authenticated, but being a stream it returns earlier chunks before later
// ones are checked. The plaintext is complete and authentic only once Read
// has returned io.EOF (or WriteTo has returned a nil error); a caller that
// acts on the content earlier — writing it to a client, say — must be able
// to discard or abort it when a later Read fails.
package envelope
