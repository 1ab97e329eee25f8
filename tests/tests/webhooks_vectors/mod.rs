//! Webhook signature test vectors, computed outside this codebase with
//! OpenSSL (or Python's `hmac`); each signature has the exact command that
//! produced it beside it. `printf '%s'` adds no newline, so the command
//! signs exactly the bytes of the constant.

// Each test binary uses only some of the vectors.
#![allow(dead_code)]

/// The signing secret of most vectors.
pub const SECRET: &str = "klink-test-secret";

/// A `contact.create` delivery with the fields of the docs' example.
pub const CONTACT_BODY: &str = r#"{"event":"contact.create","timestamp":"2026-01-09T03:42:38.000000Z","data":{"id":"a0cad4e8-c23b-426d-95fe-75d02325d943","name":"John","channel":"whatsapp","company":null,"companyId":null,"contactEmails":[{"id":"a0cad4e8-d357-42ae-aea2-0f628b826bd6","email":"john@klink.cloud","isPrimary":true}]}}"#;
/// printf '%s' "$CONTACT_BODY" | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const CONTACT_SIGNATURE: &str =
    "be6427b94123845d84d2e360934f00f9734d77c65ecc4ad11ead29b0ecaa6148";

/// A `message.inbound` delivery (its payload is unpublished; this one is
/// made up and is not a documented `Message`).
pub const MESSAGE_BODY: &str = r#"{"event":"message.inbound","timestamp":"2026-01-09T03:42:38.000000Z","data":{"text":"hello"}}"#;
/// printf '%s' "$MESSAGE_BODY" | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const MESSAGE_SIGNATURE: &str =
    "3201dfa613b7368a15258780b032a82a101139d9c1027306168b65dbe84eae1c";

/// An event name the SDK does not know.
pub const UNKNOWN_BODY: &str = r#"{"event":"example.future_event","timestamp":"2026-01-09T03:42:38.000000Z","data":{"anything":[1,2,3]}}"#;
/// printf '%s' "$UNKNOWN_BODY" | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const UNKNOWN_SIGNATURE: &str =
    "08fb051885fb73fe24c88071b552be25c162b1838042e396c6bf2f7d2a851734";

/// A body that is not JSON.
pub const NOT_JSON_BODY: &str = "not json";
/// printf '%s' 'not json' | openssl dgst -sha256 -hmac 'klink-test-secret'
/// (also: python3 -c "import hmac,hashlib; print(hmac.new(b'klink-test-secret', b'not json', hashlib.sha256).hexdigest())")
pub const NOT_JSON_SIGNATURE: &str =
    "8902c42dba394728ada30b7f19648fd624b3d457e58509322a5335ae3e3d22fd";

/// JSON without the envelope's `timestamp` and `data`.
pub const BAD_ENVELOPE_BODY: &str = r#"{"event":"contact.create"}"#;
/// printf '%s' '{"event":"contact.create"}' | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const BAD_ENVELOPE_SIGNATURE: &str =
    "61b07455ecb2a0d83407c5a996c4bae30e8fbdf7bb855ae82d6e76e009c3e317";

/// printf '' | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const EMPTY_BODY_SIGNATURE: &str =
    "23b989e61d1bc77c15ad07ea851857c756ba72b3f4efd61a30850105ec127589";

/// Rotation: `CONTACT_BODY` signed with an old, a new and an unrelated
/// secret.
pub const OLD_SECRET: &str = "klink-old-secret";
/// printf '%s' "$CONTACT_BODY" | openssl dgst -sha256 -hmac 'klink-old-secret'
pub const CONTACT_SIGNATURE_OLD: &str =
    "0b15b4daea085cfd963c4712ab60709499fd0546ee2a81b68e96eb957f010222";
pub const NEW_SECRET: &str = "klink-new-secret";
/// printf '%s' "$CONTACT_BODY" | openssl dgst -sha256 -hmac 'klink-new-secret'
pub const CONTACT_SIGNATURE_NEW: &str =
    "ab341d3e5ad6884663779d1a41f094708b2ed25082c1c234edacc7a85af14308";
pub const OTHER_SECRET: &str = "klink-other-secret";
/// printf '%s' "$CONTACT_BODY" | openssl dgst -sha256 -hmac 'klink-other-secret'
pub const CONTACT_SIGNATURE_OTHER: &str =
    "62e95d53691f660b216ef945da90d0e3fc03b82965c5adae7cac0b6f0c39f1e4";

/// A valid envelope of exactly `size` bytes: [`PADDED_HEAD`], `a`s, `"}`.
pub fn padded_body(size: usize) -> Vec<u8> {
    let mut body = PADDED_HEAD.as_bytes().to_vec();
    body.resize(size - 2, b'a');
    body.extend_from_slice(b"\"}");
    assert_eq!(body.len(), size);
    body
}
pub const PADDED_HEAD: &str =
    r#"{"event":"example.padding","timestamp":"2026-01-09T03:42:38.000000Z","data":""#;
/// padded_body(1048576) (the default limit exactly), signed:
/// python3 -c "import hashlib, hmac; head = b'{\"event\":\"example.padding\",\"timestamp\":\"2026-01-09T03:42:38.000000Z\",\"data\":\"'; size = 1048576; print(hmac.new(b'klink-test-secret', head + b'a' * (size - len(head) - 2) + b'\"}', hashlib.sha256).hexdigest())"
pub const PADDED_1MIB_SIGNATURE: &str =
    "e7281c182ff1846f336fc05b95192d336c7eb1aa159d177496a42553dd06a886";
/// padded_body(1048577) (one byte over the default limit): the same
/// command with size = 1048577.
pub const PADDED_1MIB_PLUS_ONE_SIGNATURE: &str =
    "8f49eb82f27b016f26a3e5e846603960ebc8ca8cb49e09b2ca4f8bc0e6c46746";

/// A `contact.create` whose contact has no `company` or `companyId` (the
/// docs' cut-off example shows them as `null`; nothing says they are sent).
pub const CONTACT_WITHOUT_COMPANY_BODY: &str = r#"{"event":"contact.create","timestamp":"2026-01-09T03:42:38.000000Z","data":{"id":"b1d2c3e4-5f60-4718-8293-a4b5c6d7e8f9","name":"Mya","channel":"viber","contactEmails":[]}}"#;
/// printf '%s' "$CONTACT_WITHOUT_COMPANY_BODY" | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const CONTACT_WITHOUT_COMPANY_SIGNATURE: &str =
    "a7ba2d26abc8b17ddf0425109de09f49f1a27257fda0f22440579a3e032caeef";

/// A `contact.create` whose `data` is not the documented contact at all
/// (an array; a contact object with values of other types than documented
/// is still a contact, those values kept in its `extra`).
pub const UNDECODED_CONTACT_BODY: &str = r#"{"event":"contact.create","timestamp":"2026-01-09T03:42:38.000000Z","data":[42,"Mya Mya","mya@example.com"]}"#;
/// printf '%s' "$UNDECODED_CONTACT_BODY" | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const UNDECODED_CONTACT_SIGNATURE: &str =
    "cddff13e45ef3465dc4a863e979f407ea3b254af0b409920e994a7d102ed40b3";

// --- authentic bodies that are not the envelope (issue #25) -----------------

/// JSON with the envelope's `event` and `timestamp` but no `data`.
pub const MISSING_DATA_BODY: &str =
    r#"{"event":"contact.create","timestamp":"2026-01-09T03:42:38.000000Z"}"#;
/// printf '%s' "$MISSING_DATA_BODY" | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const MISSING_DATA_SIGNATURE: &str =
    "8d37c4924a899fe922f0bd8359e0209299c0f7601a0b76706c8d6154f99ec2b4";

/// An envelope whose `event` is a number, not a string.
pub const NUMERIC_EVENT_BODY: &str = r#"{"event":42,"timestamp":"2026-01-09T03:42:38.000000Z","data":{"id":"a0cad4e8-c23b-426d-95fe-75d02325d943"}}"#;
/// printf '%s' "$NUMERIC_EVENT_BODY" | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const NUMERIC_EVENT_SIGNATURE: &str =
    "777febb008c80356327cb5cb0431fd0342aa93ae24febd90bd9d42b4e01ebfa7";

/// A JSON array holding an envelope (a batch, say).
pub const ARRAY_BODY: &str =
    r#"[{"event":"contact.create","timestamp":"2026-01-09T03:42:38.000000Z","data":{}}]"#;
/// printf '%s' "$ARRAY_BODY" | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const ARRAY_SIGNATURE: &str =
    "28c08c7cac6cddfdf7a756567bc20ee7284af3e37e4145392943ad391f8fac21";

/// A bare JSON string.
pub const STRING_BODY: &str = r#""contact.create""#;
/// printf '%s' '"contact.create"' | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const STRING_SIGNATURE: &str =
    "77a1a9746196fac0148d7e4d8f706852cae96cdf5855529db5f231569ab6c698";

/// A form-encoded body: plain text, not JSON.
pub const FORM_BODY: &str = "event=contact.create&id=a0cad4e8";
/// printf '%s' 'event=contact.create&id=a0cad4e8' | openssl dgst -sha256 -hmac 'klink-test-secret'
pub const FORM_SIGNATURE: &str = "e6a25cd0a4049193a675119b318a71f35ec43c5a70d99f816816c37b68411225";

/// Bytes that are not UTF-8 (a UTF-16 byte-order mark) before JSON.
pub const NOT_UTF8_BODY: &[u8] = b"\xff\xfe{\"event\":\"contact.create\"}";
/// printf '\xff\xfe{"event":"contact.create"}' | openssl dgst -sha256 -hmac 'klink-test-secret'
/// (also: python3 -c "import hmac,hashlib; print(hmac.new(b'klink-test-secret', b'\xff\xfe{\"event\":\"contact.create\"}', hashlib.sha256).hexdigest())")
pub const NOT_UTF8_SIGNATURE: &str =
    "1281dade1eabe2ba47c7d37291d9ba8e131fe1af7838bfcd162e4d905126afbd";

/// Every authentic body that is not a documented event's envelope:
/// (body, signature, the reason's label, the `event` name it still has).
pub fn not_envelopes() -> Vec<(
    &'static [u8],
    &'static str,
    &'static str,
    Option<&'static str>,
)> {
    vec![
        (
            MISSING_DATA_BODY.as_bytes(),
            MISSING_DATA_SIGNATURE,
            "not an envelope",
            Some("contact.create"),
        ),
        (
            BAD_ENVELOPE_BODY.as_bytes(),
            BAD_ENVELOPE_SIGNATURE,
            "not an envelope",
            Some("contact.create"),
        ),
        (
            NUMERIC_EVENT_BODY.as_bytes(),
            NUMERIC_EVENT_SIGNATURE,
            "not an envelope",
            None,
        ),
        (
            ARRAY_BODY.as_bytes(),
            ARRAY_SIGNATURE,
            "not an envelope",
            None,
        ),
        (
            STRING_BODY.as_bytes(),
            STRING_SIGNATURE,
            "not an envelope",
            None,
        ),
        (
            NOT_JSON_BODY.as_bytes(),
            NOT_JSON_SIGNATURE,
            "not JSON",
            None,
        ),
        (FORM_BODY.as_bytes(), FORM_SIGNATURE, "not JSON", None),
        (NOT_UTF8_BODY, NOT_UTF8_SIGNATURE, "not JSON", None),
        (b"", EMPTY_BODY_SIGNATURE, "not JSON", None),
    ]
}
