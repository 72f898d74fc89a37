#ifndef COPENSSL_SHIM_H
#define COPENSSL_SHIM_H

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/sha.h>

/// `BIO_get_mem_data` is a function-like macro over `BIO_ctrl`, which Swift cannot call.
///
/// Sets `*data` to the bytes held by a memory BIO and returns how many there are.
/// https://www.openssl.org/docs/man3.0/man3/BIO_get_mem_data.html
static inline long copenssl_BIO_get_mem_data(BIO *bio, char **data) {
    return BIO_get_mem_data(bio, data);
}

/// `EVP_PKEY_PUBLIC_KEY` is a macro built from other macros with `|`, which Swift does not import.
///
/// The selection `EVP_PKEY_fromdata` needs to build a key from public parameters only.
/// https://www.openssl.org/docs/man3.0/man3/EVP_PKEY_fromdata.html
static inline int copenssl_EVP_PKEY_PUBLIC_KEY(void) {
    return EVP_PKEY_PUBLIC_KEY;
}

/// Parameter names with static storage, for `OSSL_PARAM_BLD`.
///
/// Swift imports `OSSL_PKEY_PARAM_*` as `String`s and passes a `String` to C as a buffer that
/// lives only for the call. `OSSL_PARAM_BLD_push_*` keeps the key name by reference, and the
/// array `OSSL_PARAM_BLD_to_param` returns points at it too, so the name must outlive both;
/// these return the C string literals themselves.
/// https://www.openssl.org/docs/man3.0/man3/OSSL_PARAM_BLD.html
static inline const char *copenssl_param_name_rsa_n(void) {
    return OSSL_PKEY_PARAM_RSA_N;
}

/// See `copenssl_param_name_rsa_n`: the static name of the RSA public exponent parameter.
static inline const char *copenssl_param_name_rsa_e(void) {
    return OSSL_PKEY_PARAM_RSA_E;
}

/// See `copenssl_param_name_rsa_n`: the static name of the EC group (curve) parameter.
static inline const char *copenssl_param_name_group(void) {
    return OSSL_PKEY_PARAM_GROUP_NAME;
}

/// See `copenssl_param_name_rsa_n`: the static name of the encoded public key parameter.
static inline const char *copenssl_param_name_public_key(void) {
    return OSSL_PKEY_PARAM_PUB_KEY;
}

#endif
