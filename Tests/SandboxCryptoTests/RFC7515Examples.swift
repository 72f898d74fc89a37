import SandboxSupport

/// Published examples from RFC 7515 (JSON Web Signature), Appendix A.
enum RFC7515Examples {
    /// The payload both examples sign: `{"iss":"joe", "exp":1300819380, ...}` with CRLF breaks.
    static let payload =
        "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"

    /// Appendix A.2: RS256.
    static let rs256JWS = [
        "eyJhbGciOiJSUzI1NiJ9",
        payload,
        "cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF"
            + "5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK"
            + "5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqt"
            + "FZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrB"
            + "p0igcN_IoypGlUPQGe77Rw",
    ].joined(separator: ".")

    /// The public part of the Appendix A.2 RSA key.
    static let rsaJWK: JSONValue = .object([
        JSONValue.Member("kty", "RSA"),
        JSONValue.Member(
            "n",
            .string(
                "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJ"
                    + "PMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0"
                    + "LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uD"
                    + "Zlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2"
                    + "PAcDTW9gb54h4FRWyuXpoQ"
            )
        ),
        JSONValue.Member("e", "AQAB"),
    ])

    /// Appendix A.3: ES256.
    static let es256JWS = [
        "eyJhbGciOiJFUzI1NiJ9",
        payload,
        "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q",
    ].joined(separator: ".")

    /// The public part of the Appendix A.3 P-256 key.
    static let ecJWK: JSONValue = .object([
        JSONValue.Member("kty", "EC"),
        JSONValue.Member("crv", "P-256"),
        JSONValue.Member("x", "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"),
        JSONValue.Member("y", "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"),
    ])
}
