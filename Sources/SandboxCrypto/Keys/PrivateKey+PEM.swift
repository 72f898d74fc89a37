import COpenSSL

/// Reading and writing private keys as unencrypted PEM (PKCS #8, `BEGIN PRIVATE KEY`).
extension PrivateKey {
    /// Reads an unencrypted PEM private key, PKCS #8 or the traditional RSA/EC forms.
    ///
    /// Wraps [`PEM_read_bio_PrivateKey`](https://www.openssl.org/docs/man3.0/man3/PEM_read_bio_PrivateKey.html).
    /// A passphrase callback that supplies nothing is passed on purpose: "If both cb and u are
    /// NULL then the default callback routine is used which will typically prompt for the
    /// passphrase on the current terminal", and a server must never wait at a prompt.
    ///
    /// - Throws: ``KeyError/unreadablePEM`` for text that is not such a key (an encrypted key
    ///   included), or another ``KeyError`` for a key that is not RSA ≥ 2048 bits or EC.
    package convenience init(pem: String) throws(KeyError) {
        let key = MemoryBIO.reading(Array(pem.utf8)) { bio in
            PEM_read_bio_PrivateKey(bio, nil, { _, _, _, _ in -1 }, nil)
        }
        guard let key else {
            OpenSSLErrorQueue.clear()
            throw .unreadablePEM
        }
        try self.init(taking: key)
    }

    /// This key as unencrypted PKCS #8 PEM text.
    ///
    /// Wraps [`PEM_write_bio_PrivateKey`](https://www.openssl.org/docs/man3.0/man3/PEM_write_bio_PrivateKey.html),
    /// whose "write routines use PKCS#8 private key format"; with no cipher the key is written
    /// unencrypted. It returns 1 on success.
    package var pemRepresentation: String {
        let bytes = MemoryBIO.writing { bio in
            PEM_write_bio_PrivateKey(bio, key, nil, nil, 0, nil, nil) == 1
        }
        guard let bytes else { fatalError("PEM_write_bio_PrivateKey failed: \(OpenSSLErrorQueue.takeMessage())") }
        return String(decoding: bytes, as: UTF8.self)
    }
}
