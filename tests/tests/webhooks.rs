//! `klink_api::webhooks`: signatures against independently computed vectors,
//! every malformed-request case, rotation, size limits, endpoint
//! authentication, event dispatch, the webhook examples' round trips, and a
//! property test that random input never panics and never verifies.

mod webhooks_vectors;

use std::path::Path;

use http::{HeaderMap, HeaderName, HeaderValue, header::AUTHORIZATION};
use klink_api::types;
use klink_api::webhooks::{
    BasicAuth, Event, HeaderAuth, SIGNATURE_HEADER, UndecodedReason, Webhook, WebhookError, sign,
    verify_signature,
};
use proptest::prelude::*;
use serde_json::{Value, json};
use webhooks_vectors::*;

fn signed(signature: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(SIGNATURE_HEADER, HeaderValue::from_str(signature).unwrap());
    headers
}

fn webhook() -> Webhook {
    Webhook::new(SECRET).unwrap()
}

/// Every signed vector: (body, signature, secret).
fn vectors() -> Vec<(Vec<u8>, &'static str, &'static str)> {
    [
        (CONTACT_BODY.into(), CONTACT_SIGNATURE, SECRET),
        (MESSAGE_BODY.into(), MESSAGE_SIGNATURE, SECRET),
        (UNKNOWN_BODY.into(), UNKNOWN_SIGNATURE, SECRET),
        (NOT_JSON_BODY.into(), NOT_JSON_SIGNATURE, SECRET),
        (BAD_ENVELOPE_BODY.into(), BAD_ENVELOPE_SIGNATURE, SECRET),
        (Vec::new(), EMPTY_BODY_SIGNATURE, SECRET),
        (CONTACT_BODY.into(), CONTACT_SIGNATURE_OLD, OLD_SECRET),
        (CONTACT_BODY.into(), CONTACT_SIGNATURE_NEW, NEW_SECRET),
        (CONTACT_BODY.into(), CONTACT_SIGNATURE_OTHER, OTHER_SECRET),
        (
            UNDECODED_CONTACT_BODY.into(),
            UNDECODED_CONTACT_SIGNATURE,
            SECRET,
        ),
        (
            CONTACT_WITHOUT_COMPANY_BODY.into(),
            CONTACT_WITHOUT_COMPANY_SIGNATURE,
            SECRET,
        ),
        (padded_body(1 << 20), PADDED_1MIB_SIGNATURE, SECRET),
        (
            padded_body((1 << 20) + 1),
            PADDED_1MIB_PLUS_ONE_SIGNATURE,
            SECRET,
        ),
    ]
    .into_iter()
    .chain(
        not_envelopes()
            .into_iter()
            .map(|(body, signature, _, _)| (body.to_vec(), signature, SECRET)),
    )
    .collect()
}

// --- signatures -----------------------------------------------------------

#[test]
fn every_vector_verifies_with_its_secret_and_sign_reproduces_it() {
    for (body, signature, secret) in vectors() {
        verify_signature(secret, signature, &body)
            .unwrap_or_else(|e| panic!("{signature} with {secret}: {e}"));
        assert_eq!(sign(secret, &body).unwrap(), signature);
    }
}

#[test]
fn uppercase_mixed_case_and_surrounding_whitespace_are_accepted() {
    let body = CONTACT_BODY.as_bytes();
    let upper = CONTACT_SIGNATURE.to_ascii_uppercase();
    let mixed: String = CONTACT_SIGNATURE
        .chars()
        .enumerate()
        .map(|(i, c)| {
            if i % 2 == 0 {
                c.to_ascii_uppercase()
            } else {
                c
            }
        })
        .collect();
    for signature in [
        upper,
        mixed,
        format!("  {CONTACT_SIGNATURE}\t"),
        format!("\n{CONTACT_SIGNATURE} "),
    ] {
        verify_signature(SECRET, &signature, body).unwrap_or_else(|e| panic!("{signature:?}: {e}"));
    }
    // Through the header too (tabs and spaces are legal in a header value).
    let event = webhook()
        .verify(
            &signed(&format!(" {} ", CONTACT_SIGNATURE.to_ascii_uppercase())),
            body,
        )
        .unwrap();
    assert_eq!(event.name(), Some("contact.create"));
}

#[test]
fn a_tampered_body_is_a_mismatch() {
    let tampered = CONTACT_BODY.replace("\"John\"", "\"Joan\"");
    assert_ne!(tampered, CONTACT_BODY);
    let error = verify_signature(SECRET, CONTACT_SIGNATURE, tampered.as_bytes()).unwrap_err();
    assert!(
        matches!(error, WebhookError::SignatureMismatch),
        "{error:?}"
    );
    // One byte more at the end, one byte fewer.
    for body in [
        format!("{CONTACT_BODY} "),
        CONTACT_BODY[..CONTACT_BODY.len() - 1].to_owned(),
    ] {
        let error = webhook()
            .verify(&signed(CONTACT_SIGNATURE), body.as_bytes())
            .unwrap_err();
        assert!(
            matches!(error, WebhookError::SignatureMismatch),
            "{error:?}"
        );
    }
}

#[test]
fn a_wrong_secret_is_a_mismatch() {
    let error =
        verify_signature(OTHER_SECRET, CONTACT_SIGNATURE, CONTACT_BODY.as_bytes()).unwrap_err();
    assert!(
        matches!(error, WebhookError::SignatureMismatch),
        "{error:?}"
    );
    // A secret that differs only in case is another secret.
    let error = verify_signature(
        SECRET.to_uppercase(),
        CONTACT_SIGNATURE,
        CONTACT_BODY.as_bytes(),
    )
    .unwrap_err();
    assert!(
        matches!(error, WebhookError::SignatureMismatch),
        "{error:?}"
    );
}

#[test]
fn any_one_flipped_hex_digit_is_a_mismatch() {
    for position in 0..CONTACT_SIGNATURE.len() {
        let mut digits = CONTACT_SIGNATURE.as_bytes().to_vec();
        digits[position] = if digits[position] == b'0' { b'1' } else { b'0' };
        let flipped = String::from_utf8(digits).unwrap();
        let error = verify_signature(SECRET, &flipped, CONTACT_BODY.as_bytes()).unwrap_err();
        assert!(
            matches!(error, WebhookError::SignatureMismatch),
            "digit {position}: {error:?}"
        );
    }
}

#[test]
fn a_truncated_or_extended_signature_has_the_wrong_length() {
    let body = CONTACT_BODY.as_bytes();
    for (signature, len) in [
        (&CONTACT_SIGNATURE[..63], 63),
        (&CONTACT_SIGNATURE[..62], 62),
        (&CONTACT_SIGNATURE[..32], 32),
        (&CONTACT_SIGNATURE[..1], 1),
    ] {
        let error = verify_signature(SECRET, signature, body).unwrap_err();
        assert!(
            matches!(error, WebhookError::SignatureLength { len: l } if l == len),
            "{error:?}"
        );
    }
    let longer = format!("{CONTACT_SIGNATURE}00");
    let error = verify_signature(SECRET, &longer, body).unwrap_err();
    assert!(
        matches!(error, WebhookError::SignatureLength { len: 66 }),
        "{error:?}"
    );
}

#[test]
fn a_non_hex_signature_is_rejected_as_such() {
    let body = CONTACT_BODY.as_bytes();
    let with_g = format!("g{}", &CONTACT_SIGNATURE[1..]);
    let inner_space = format!("{} {}", &CONTACT_SIGNATURE[..32], &CONTACT_SIGNATURE[32..]);
    let prefixed = format!("sha256={CONTACT_SIGNATURE}");
    for signature in [
        with_g.as_str(),
        &inner_space,
        &prefixed,
        "not a signature",
        "é",
    ] {
        let error = verify_signature(SECRET, signature, body).unwrap_err();
        assert!(
            matches!(error, WebhookError::SignatureNotHex),
            "{signature:?}: {error:?}"
        );
    }
    // Header bytes that are not visible ASCII.
    let mut headers = HeaderMap::new();
    headers.insert(
        SIGNATURE_HEADER,
        HeaderValue::from_bytes(b"\xffabc").unwrap(),
    );
    let error = webhook().verify(&headers, body).unwrap_err();
    assert!(matches!(error, WebhookError::SignatureNotHex), "{error:?}");
}

#[test]
fn an_empty_signature_is_rejected_as_such() {
    for signature in ["", "   ", "\t"] {
        let error = verify_signature(SECRET, signature, CONTACT_BODY.as_bytes()).unwrap_err();
        assert!(
            matches!(error, WebhookError::EmptySignature),
            "{signature:?}: {error:?}"
        );
    }
    let error = webhook()
        .verify(&signed(""), CONTACT_BODY.as_bytes())
        .unwrap_err();
    assert!(matches!(error, WebhookError::EmptySignature), "{error:?}");
}

#[test]
fn a_missing_or_repeated_signature_header_is_rejected() {
    let body = CONTACT_BODY.as_bytes();
    let error = webhook().verify(&HeaderMap::new(), body).unwrap_err();
    assert!(matches!(error, WebhookError::MissingSignature), "{error:?}");

    // Even two copies of the right signature: a proxy or attacker added one.
    let mut headers = signed(CONTACT_SIGNATURE);
    headers.append(
        SIGNATURE_HEADER,
        HeaderValue::from_static(CONTACT_SIGNATURE),
    );
    let error = webhook().verify(&headers, body).unwrap_err();
    assert!(
        matches!(error, WebhookError::RepeatedSignature { count: 2 }),
        "{error:?}"
    );
    headers.append(SIGNATURE_HEADER, HeaderValue::from_static("00"));
    let error = webhook().verify(&headers, body).unwrap_err();
    assert!(
        matches!(error, WebhookError::RepeatedSignature { count: 3 }),
        "{error:?}"
    );

    // Header names are case-insensitive.
    let mut headers = HeaderMap::new();
    headers.insert(
        HeaderName::from_bytes(b"X-Signature").unwrap(),
        HeaderValue::from_static(CONTACT_SIGNATURE),
    );
    assert!(webhook().verify(&headers, body).is_ok());
}

#[test]
fn empty_or_missing_secrets_are_refused_up_front() {
    assert!(matches!(Webhook::new(""), Err(WebhookError::EmptySecret)));
    assert!(matches!(
        Webhook::with_secrets([SECRET, ""]),
        Err(WebhookError::EmptySecret)
    ));
    assert!(matches!(
        Webhook::with_secrets(Vec::<String>::new()),
        Err(WebhookError::NoSecret)
    ));
    assert!(matches!(
        verify_signature("", CONTACT_SIGNATURE, b""),
        Err(WebhookError::EmptySecret)
    ));
    assert!(matches!(sign(b"", b"body"), Err(WebhookError::EmptySecret)));
}

// --- rotation ---------------------------------------------------------------

#[test]
fn during_a_rotation_the_old_and_the_new_secret_are_accepted_and_no_other() {
    let rotating = Webhook::with_secrets([OLD_SECRET, NEW_SECRET]).unwrap();
    let body = CONTACT_BODY.as_bytes();
    for signature in [CONTACT_SIGNATURE_OLD, CONTACT_SIGNATURE_NEW] {
        let event = rotating.verify(&signed(signature), body).unwrap();
        assert!(matches!(event, Event::ContactCreate { .. }), "{event:?}");
    }
    for signature in [CONTACT_SIGNATURE_OTHER, CONTACT_SIGNATURE] {
        let error = rotating.verify(&signed(signature), body).unwrap_err();
        assert!(
            matches!(error, WebhookError::SignatureMismatch),
            "{error:?}"
        );
    }
    // After the rotation only the new one.
    let rotated = Webhook::new(NEW_SECRET).unwrap();
    assert!(rotated.verify(&signed(CONTACT_SIGNATURE_NEW), body).is_ok());
    assert!(matches!(
        rotated.verify(&signed(CONTACT_SIGNATURE_OLD), body),
        Err(WebhookError::SignatureMismatch)
    ));
}

// --- order of checks and size limit -----------------------------------------

#[test]
fn one_byte_over_the_default_limit_is_too_large_even_when_signed() {
    assert_eq!(webhook().body_limit(), 1024 * 1024);
    let at_limit = padded_body(1 << 20);
    let event = webhook()
        .verify(&signed(PADDED_1MIB_SIGNATURE), &at_limit)
        .unwrap();
    assert_eq!(event.name(), Some("example.padding"));

    let over = padded_body((1 << 20) + 1);
    let error = webhook()
        .verify(&signed(PADDED_1MIB_PLUS_ONE_SIGNATURE), &over)
        .unwrap_err();
    assert!(
        matches!(error, WebhookError::BodyTooLarge { limit: 1_048_576 }),
        "{error:?}"
    );
    // The size comes first: no signature needed to be refused.
    let error = webhook().verify(&HeaderMap::new(), &over).unwrap_err();
    assert!(
        matches!(error, WebhookError::BodyTooLarge { .. }),
        "{error:?}"
    );
}

#[test]
fn the_limit_is_settable() {
    let body = CONTACT_BODY.as_bytes();
    let exact = webhook().max_body_bytes(body.len());
    assert!(exact.verify(&signed(CONTACT_SIGNATURE), body).is_ok());
    let under = webhook().max_body_bytes(body.len() - 1);
    let error = under.verify(&signed(CONTACT_SIGNATURE), body).unwrap_err();
    assert!(matches!(error, WebhookError::BodyTooLarge { limit } if limit == body.len() - 1));
    assert!(under.check_size(body.len() - 1).is_ok());
}

#[test]
fn json_is_parsed_only_after_the_signature_matches() {
    // Unsigned garbage is a signature failure, not an undecoded event.
    for (body, _, _, _) in not_envelopes() {
        let error = webhook()
            .verify(&signed(CONTACT_SIGNATURE), body)
            .unwrap_err();
        assert!(
            matches!(error, WebhookError::SignatureMismatch),
            "{error:?}"
        );
        let error = webhook().verify(&HeaderMap::new(), body).unwrap_err();
        assert!(matches!(error, WebhookError::MissingSignature), "{error:?}");
    }
}

/// Once the signature holds, a body of any shape is an event: the raw body
/// kept byte for byte, the reason named, what is left of the envelope read.
#[test]
fn authentic_bodies_that_are_not_envelopes_are_accepted_as_undecoded() {
    for (body, signature, label, name) in not_envelopes() {
        let shown = String::from_utf8_lossy(body);
        let event = webhook()
            .verify(&signed(signature), body)
            .unwrap_or_else(|e| panic!("{shown}: refused: {e}"));
        let Event::Undecoded {
            event: event_name,
            body: kept,
            reason,
            ..
        } = &event
        else {
            panic!("{shown}: {event:?}")
        };
        assert_eq!(kept, body, "{shown}: the body as received");
        assert_eq!(reason.label(), label, "{shown}: {reason}");
        assert_eq!(event_name.as_deref(), name, "{shown}");
        assert_eq!(event.name(), name, "{shown}");
        assert!(event.message().is_none());
        // The same through the unverified parser.
        assert_eq!(Event::parse_unverified(body), event, "{shown}");
    }
}

#[test]
fn an_undecoded_body_keeps_what_it_has_of_the_envelope() {
    let event = Event::parse_unverified(MISSING_DATA_BODY.as_bytes());
    assert_eq!(
        event.timestamp(),
        Some("2026-01-09T03:42:38Z".parse().unwrap())
    );
    let Event::Undecoded { data, reason, .. } = &event else {
        panic!("{event:?}")
    };
    assert_eq!(data, &None);
    assert!(
        matches!(reason, UndecodedReason::NotEnvelope(message) if message.contains("missing field `data`")),
        "{reason:?}"
    );

    // `event` of another type: not taken as a name, but the rest is there.
    let event = Event::parse_unverified(NUMERIC_EVENT_BODY.as_bytes());
    let Event::Undecoded {
        event: name,
        timestamp,
        data,
        reason,
        ..
    } = &event
    else {
        panic!("{event:?}")
    };
    assert_eq!(name, &None);
    assert!(timestamp.is_some());
    assert_eq!(
        data,
        &Some(json!({"id": "a0cad4e8-c23b-426d-95fe-75d02325d943"}))
    );
    assert!(reason.message().contains("invalid type"), "{reason}");

    // A timestamp the SDK cannot read is left out, not an error.
    let event = Event::parse_unverified(br#"{"event":"room.solved","timestamp":"yesterday"}"#);
    assert_eq!(event.name(), Some("room.solved"));
    assert_eq!(event.timestamp(), None);

    // Neither JSON nor an object: nothing but the body and the reason.
    for body in [ARRAY_BODY.as_bytes(), STRING_BODY.as_bytes(), NOT_UTF8_BODY] {
        let event = Event::parse_unverified(body);
        assert!(
            matches!(
                &event,
                Event::Undecoded {
                    event: None,
                    timestamp: None,
                    data: None,
                    ..
                }
            ),
            "{event:?}"
        );
    }
}

#[test]
fn an_undecoded_event_writes_back_its_json_body_and_refuses_other_bodies() {
    for body in [
        MISSING_DATA_BODY,
        ARRAY_BODY,
        STRING_BODY,
        UNDECODED_CONTACT_BODY,
    ] {
        let event = Event::parse_unverified(body.as_bytes());
        assert!(matches!(event, Event::Undecoded { .. }), "{event:?}");
        let written = serde_json::to_value(&event).unwrap();
        assert_eq!(written, serde_json::from_str::<Value>(body).unwrap());
        // Stored and read again, the same event.
        let again = Event::parse_unverified(serde_json::to_string(&event).unwrap().as_bytes());
        assert_eq!(again.name(), event.name());
        assert!(matches!(again, Event::Undecoded { .. }), "{again:?}");
    }
    for body in [NOT_JSON_BODY.as_bytes(), NOT_UTF8_BODY, b""] {
        let event = Event::parse_unverified(body);
        let error = serde_json::to_string(&event).unwrap_err();
        assert!(error.to_string().contains("not JSON"), "{error}");
    }
}

// --- nothing secret in output -----------------------------------------------

#[test]
fn no_error_or_debug_output_shows_a_secret_or_the_expected_signature() {
    let tampered = CONTACT_BODY.replace("John", "Joan");
    let webhook = webhook()
        .endpoint_auth(BasicAuth::new("klink", "s3cret-password").unwrap())
        .max_body_bytes(4096);
    let mut with_auth = signed(CONTACT_SIGNATURE);
    with_auth.insert(
        AUTHORIZATION,
        HeaderValue::from_static("Basic a2xpbms6d3Jvbmc="),
    );
    let errors = [
        webhook.verify(&with_auth, tampered.as_bytes()).unwrap_err(),
        webhook
            .verify(&signed(CONTACT_SIGNATURE), tampered.as_bytes())
            .unwrap_err(),
        verify_signature(SECRET, &CONTACT_SIGNATURE[..63], CONTACT_BODY.as_bytes()).unwrap_err(),
        verify_signature(SECRET, CONTACT_SIGNATURE, tampered.as_bytes()).unwrap_err(),
        verify_signature(OTHER_SECRET, CONTACT_SIGNATURE, CONTACT_BODY.as_bytes()).unwrap_err(),
    ];
    let mut printed: Vec<String> = errors.iter().map(|e| format!("{e} | {e:?}")).collect();
    printed.push(format!("{webhook:?}"));
    printed.push(format!(
        "{:?}",
        HeaderAuth::new(HeaderName::from_static("x-key"), "s3cret-value").unwrap()
    ));
    for text in &printed {
        for secret in [
            SECRET,
            "s3cret-password",
            "s3cret-value",
            CONTACT_SIGNATURE,
            OTHER_SECRET,
        ] {
            assert!(!text.contains(secret), "{text:?} shows {secret:?}");
        }
    }
    assert!(
        printed.iter().any(|t| t.contains("does not match")),
        "{printed:?}"
    );
    assert!(format!("{webhook:?}").contains("1 × ***"), "{webhook:?}");
}

// --- endpoint authentication -------------------------------------------------

fn with_authorization(value: &'static str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.append(AUTHORIZATION, HeaderValue::from_static(value));
    headers
}

#[test]
fn basic_auth_accepts_the_credentials_and_nothing_else() {
    let auth = BasicAuth::new("klink", "s3cret").unwrap();
    // printf '%s' 'klink:s3cret' | base64   ->  a2xpbms6czNjcmV0
    for accepted in [
        "Basic a2xpbms6czNjcmV0",
        "basic a2xpbms6czNjcmV0",
        "BASIC  a2xpbms6czNjcmV0 ",
    ] {
        auth.check(&with_authorization(accepted))
            .unwrap_or_else(|e| panic!("{accepted}: {e}"));
    }
    for refused in [
        // printf '%s' 'klink:wrong' | base64
        "Basic a2xpbms6d3Jvbmc=",
        // printf '%s' 'other:s3cret' | base64
        "Basic b3RoZXI6czNjcmV0",
        "Bearer a2xpbms6czNjcmV0",
        "Basic",
        "a2xpbms6czNjcmV0",
        "Basic a2xpbms6czNjcmV0a",
    ] {
        let error = auth.check(&with_authorization(refused)).unwrap_err();
        assert!(
            matches!(&error, WebhookError::WrongCredentials { header } if header == AUTHORIZATION),
            "{refused}: {error:?}"
        );
        assert!(error.is_unauthenticated());
    }
    let error = auth.check(&HeaderMap::new()).unwrap_err();
    assert!(
        matches!(error, WebhookError::MissingCredentials { .. }),
        "{error:?}"
    );
    let mut twice = with_authorization("Basic a2xpbms6czNjcmV0");
    twice.append(
        AUTHORIZATION,
        HeaderValue::from_static("Basic a2xpbms6czNjcmV0"),
    );
    assert!(matches!(
        auth.check(&twice),
        Err(WebhookError::WrongCredentials { .. })
    ));
    assert!(matches!(
        BasicAuth::new("klink", ""),
        Err(WebhookError::EmptySecret)
    ));
}

#[test]
fn header_auth_accepts_the_exact_value_once() {
    let name = HeaderName::from_static("x-webhook-key");
    let auth = HeaderAuth::new(name.clone(), "k3y-value").unwrap();
    assert_eq!(auth.header(), &name);
    let headers = |values: &[&'static str]| {
        let mut map = HeaderMap::new();
        for value in values {
            map.append(name.clone(), HeaderValue::from_static(value));
        }
        map
    };
    assert!(auth.check(&headers(&["k3y-value"])).is_ok());
    for wrong in [
        &["k3y-valuE"][..],
        &["k3y-value2"],
        &["k3y"],
        &["k3y-value", "k3y-value"],
    ] {
        let error = auth.check(&headers(wrong)).unwrap_err();
        assert!(
            matches!(&error, WebhookError::WrongCredentials { header } if *header == name),
            "{wrong:?}: {error:?}"
        );
    }
    let error = auth.check(&headers(&[])).unwrap_err();
    assert!(
        matches!(&error, WebhookError::MissingCredentials { header } if *header == name),
        "{error:?}"
    );
    assert!(matches!(
        HeaderAuth::new(name, ""),
        Err(WebhookError::EmptySecret)
    ));
}

#[test]
fn a_webhook_with_endpoint_auth_checks_it_before_the_signature() {
    let webhook = webhook()
        .endpoint_auth(HeaderAuth::new(HeaderName::from_static("x-webhook-key"), "k3y").unwrap());
    let body = CONTACT_BODY.as_bytes();
    // No key, no signature: the key is reported.
    let error = webhook.verify(&HeaderMap::new(), body).unwrap_err();
    assert!(
        matches!(error, WebhookError::MissingCredentials { .. }),
        "{error:?}"
    );
    let error = webhook
        .verify(&signed(CONTACT_SIGNATURE), body)
        .unwrap_err();
    assert!(
        matches!(error, WebhookError::MissingCredentials { .. }),
        "{error:?}"
    );
    // The key alone is not enough: the signature is still required.
    let mut headers = HeaderMap::new();
    headers.insert("x-webhook-key", HeaderValue::from_static("k3y"));
    assert!(matches!(
        webhook.verify(&headers, body),
        Err(WebhookError::MissingSignature)
    ));
    headers.insert(
        SIGNATURE_HEADER,
        HeaderValue::from_static(CONTACT_SIGNATURE),
    );
    assert!(webhook.verify(&headers, body).is_ok());
}

// --- events -----------------------------------------------------------------

fn example(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../openapi/examples")
            .join(name),
    )
    .unwrap()
}

#[test]
fn the_docs_contact_create_example_is_a_typed_contact() {
    let event = Event::parse_unverified(&example("webhooks.contact_create.request.prefix.json"));
    assert_eq!(event.name(), Some("contact.create"));
    assert_eq!(
        event.timestamp(),
        Some("2026-01-09T03:42:38Z".parse().unwrap())
    );
    assert!(event.message().is_none());
    let Event::ContactCreate { contact, .. } = event else {
        panic!("not a contact: {event:?}");
    };
    assert_eq!(
        contact.id.as_deref(),
        Some("a0cad4e8-c23b-426d-95fe-75d02325d943")
    );
    assert_eq!(contact.name.as_deref(), Some("John"));
    assert_eq!(
        contact.address.as_deref(),
        Some("No.123, Sik Rd, Singapore")
    );
    assert_eq!(contact.channel.as_deref(), Some("whatsapp"));
    // Shown only as `null`: kept in `extra`, so written back as `null`.
    assert!(contact.extra["company"].is_null() && contact.extra["companyId"].is_null());
    assert_eq!(contact.contact_emails.len(), 1);
    assert_eq!(
        contact.contact_emails[0].email.as_deref(),
        Some("john@klink.cloud")
    );
    assert_eq!(contact.contact_emails[0].is_primary, Some(true));
}

#[test]
fn keys_the_docs_cut_off_are_kept_and_written_back() {
    let body = json!({
        "event": "contact.create",
        "timestamp": "2026-01-09T03:42:38.5Z",
        "data": {
            "id": "a0cad4e8-c23b-426d-95fe-75d02325d943",
            "company": null, "companyId": null,
            "contactEmails": [{"id": "e1", "email": "john@klink.cloud", "isPrimary": true, "createdAt": "2026-01-09T03:42:38.000000Z"}],
            "tags": ["vip"]
        }
    });
    let event = Event::parse_unverified(body.to_string().as_bytes());
    let Event::ContactCreate { contact, .. } = &event else {
        panic!("{event:?}")
    };
    assert_eq!(contact.extra["tags"], json!(["vip"]));
    assert_eq!(
        contact.contact_emails[0].extra["createdAt"],
        json!("2026-01-09T03:42:38.000000Z")
    );
    assert_eq!(serde_json::to_value(&event).unwrap(), body);
}

#[test]
fn message_events_keep_their_json_and_try_the_documented_message() {
    // The docs' Message, from the send-message response.
    let response: Value =
        serde_json::from_slice(&example("message.send.response.200.json")).unwrap();
    let body = json!({"event": "message.inbound", "timestamp": "2026-01-09T03:42:38.5Z", "data": response["data"]});
    let event = Event::parse_unverified(body.to_string().as_bytes());
    assert!(
        matches!(&event, Event::MessageInbound { data, .. } if *data == response["data"]),
        "{event:?}"
    );
    let message = event.message().expect("a message event").unwrap();
    assert_eq!(message.id, response["data"]["id"].as_str().unwrap());
    assert_eq!(serde_json::to_value(&event).unwrap(), body);

    // A payload of another shape is still an authentic event.
    let event = Event::parse_unverified(br#"{"event":"message.outbound","timestamp":"2026-01-09T03:42:38.5Z","data":{"text":"hi"}}"#);
    assert!(
        matches!(&event, Event::MessageOutbound { data, .. } if data["text"] == "hi"),
        "{event:?}"
    );
    assert!(event.message().unwrap().is_err());
    assert_eq!(event.name(), Some("message.outbound"));
}

#[test]
fn an_unknown_event_keeps_its_name_and_payload() {
    let event = Event::parse_unverified(UNKNOWN_BODY.as_bytes());
    let Event::Unknown {
        event: name, data, ..
    } = &event
    else {
        panic!("{event:?}")
    };
    assert_eq!(name, "example.future_event");
    assert_eq!(data, &json!({"anything": [1, 2, 3]}));
    assert_eq!(event.name(), Some("example.future_event"));
    assert!(event.message().is_none());
    // Any JSON as `data`, even a non-object, for an event the SDK does not know.
    let odd = Event::parse_unverified(
        br#"{"event":"room.x","timestamp":"2026-01-09T03:42:38Z","data":null}"#,
    );
    assert!(
        matches!(
            odd,
            Event::Unknown {
                data: Value::Null,
                ..
            }
        ),
        "{odd:?}"
    );
}

#[test]
fn a_documented_event_with_another_payload_is_handed_over_as_json() {
    let body = br#"{"event":"contact.create","timestamp":"2026-01-09T03:42:38Z","data":[{"id":7,"company":null}]}"#;
    let event = Event::parse_unverified(body);
    assert_eq!(event.name(), Some("contact.create"));
    assert_eq!(
        event.timestamp(),
        Some("2026-01-09T03:42:38Z".parse().unwrap())
    );
    assert!(event.message().is_none());
    let Event::Undecoded {
        event: name,
        data,
        body: kept,
        reason,
        ..
    } = &event
    else {
        panic!("{event:?}")
    };
    assert_eq!(name.as_deref(), Some("contact.create"));
    assert_eq!(
        data,
        &Some(json!([{"id": 7, "company": null}])),
        "the JSON as sent"
    );
    assert_eq!(kept, body);
    assert!(
        matches!(reason, UndecodedReason::Payload(message) if message.contains("invalid type")),
        "{reason:?}"
    );
    assert_eq!(reason.label(), "undocumented payload");
    // Written back as it came.
    let written: Value = serde_json::to_value(&event).unwrap();
    assert_eq!(written, serde_json::from_slice::<Value>(body).unwrap());
}

#[test]
fn a_contact_create_needs_none_of_the_keys_of_the_cut_off_example() {
    let body =
        br#"{"event":"contact.create","timestamp":"2026-01-09T03:42:38Z","data":{"name":"John"}}"#;
    let Event::ContactCreate { contact, .. } = Event::parse_unverified(body) else {
        panic!("not typed")
    };
    assert_eq!(contact.id, None);
    assert_eq!(contact.name.as_deref(), Some("John"));
    assert!(contact.extra.is_empty());
}

#[test]
fn bodies_that_are_not_envelopes_are_told_apart() {
    for not_json in [&b"{"[..], b"", b"{\"event\":", b"{} trailing", b"\xff\xfe"] {
        let event = Event::parse_unverified(not_json);
        assert!(
            matches!(&event, Event::Undecoded { reason: UndecodedReason::NotJson(_), body, .. } if body == not_json),
            "{not_json:?}: {event:?}"
        );
    }
    for bad in [
        &br#"{"timestamp":"2026-01-09T03:42:38Z","data":{}}"#[..],
        br#"{"event":"x","data":{}}"#,
        br#"{"event":"x","timestamp":"2026-01-09T03:42:38Z"}"#,
        br#"{"event":1,"timestamp":"2026-01-09T03:42:38Z","data":{}}"#,
        br#"{"event":"x","timestamp":"yesterday","data":{}}"#,
        br#"[1,2]"#,
        br#""event""#,
    ] {
        let event = Event::parse_unverified(bad);
        assert!(
            matches!(&event, Event::Undecoded { reason: UndecodedReason::NotEnvelope(_), body, .. } if body == bad),
            "{}: {event:?}",
            String::from_utf8_lossy(bad)
        );
    }
}

#[test]
fn every_event_writes_back_its_envelope() {
    // A timestamp today's Timestamp writes back unchanged.
    for body in [
        json!({"event": "contact.create", "timestamp": "2026-01-09T03:42:38.5Z", "data": {"id": "c1", "company": null, "companyId": {"x": 1}}}),
        json!({"event": "message.inbound", "timestamp": "2026-01-09T03:42:38.5Z", "data": {"any": "thing"}}),
        json!({"event": "message.outbound", "timestamp": "2026-01-09T03:42:38.5Z", "data": []}),
        json!({"event": "example.future_event", "timestamp": "2026-01-09T03:42:38.5Z", "data": "text"}),
    ] {
        let event = Event::parse_unverified(body.to_string().as_bytes());
        assert_eq!(serde_json::to_value(&event).unwrap(), body);
    }
}

/// The webhook examples, decoded and encoded again byte for byte (as JSON
/// values), through the generated types and through `Event`: the
/// timestamps keep their six fractional zeros
/// (`2026-01-09T03:42:38.000000Z`).
#[test]
fn webhook_examples_round_trip_exactly() {
    let envelope_file = example("webhooks.envelope.request.json");
    let contact_file = example("webhooks.contact_create.request.prefix.json");
    for bytes in [&envelope_file, &contact_file] {
        let original: Value = serde_json::from_slice(bytes).unwrap();
        let event = Event::parse_unverified(bytes);
        assert_eq!(serde_json::to_value(&event).unwrap(), original);
        let envelope: types::WebhookEnvelope = serde_json::from_slice(bytes).unwrap();
        assert_eq!(serde_json::to_value(&envelope).unwrap(), original);
    }
    let typed: types::WebhookContactCreate = serde_json::from_slice(&contact_file).unwrap();
    let original: Value = serde_json::from_slice(&contact_file).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), original);
}

// --- random input -----------------------------------------------------------

proptest! {
    #[test]
    fn random_signatures_never_panic_and_never_verify(
        body in proptest::collection::vec(any::<u8>(), 0..2048),
        text in any::<String>(),
        hex in "[0-9a-fA-F]{64}",
        header in proptest::collection::vec(any::<u8>(), 0..100),
    ) {
        prop_assert!(verify_signature(SECRET, &text, &body).is_err());
        prop_assert!(matches!(
            verify_signature(SECRET, &hex, &body),
            Err(WebhookError::SignatureMismatch)
        ));
        let webhook = webhook();
        prop_assert!(webhook.verify(&signed(&hex), &body).is_err());
        if let Ok(value) = HeaderValue::from_bytes(&header) {
            let mut headers = HeaderMap::new();
            headers.insert(SIGNATURE_HEADER, value);
            prop_assert!(webhook.verify(&headers, &body).is_err());
        }
        // The signed vectors' signatures on other bodies.
        if body != CONTACT_BODY.as_bytes() {
            prop_assert!(webhook.verify(&signed(CONTACT_SIGNATURE), &body).is_err());
        }
        // Parsing arbitrary bytes returns an event, whatever they hold; one
        // that is not an envelope keeps them.
        if let Event::Undecoded { body: kept, .. } = Event::parse_unverified(&body) {
            prop_assert_eq!(kept, body);
        }
    }

    #[test]
    fn random_envelopes_never_panic(event in "[a-z.]{0,20}", data in "[ -~]{0,50}") {
        let body = format!(r#"{{"event":"{event}","timestamp":"2026-01-09T03:42:38Z","data":{data}}}"#);
        // A second `event` key would rename it.
        prop_assume!(!data.contains("event"));
        let parsed = Event::parse_unverified(body.as_bytes());
        // The name is read whatever `data` holds, as long as the body is JSON.
        if !matches!(parsed, Event::Undecoded { reason: UndecodedReason::NotJson(_), .. }) {
            prop_assert_eq!(parsed.name(), Some(event.as_str()));
        }
    }
}

/// The docs' `contact.create`, signed, with values that contradict the
/// spec (a number for the name, `null` for the e-mail list, a string for
/// an e-mail's `isPrimary`): still a typed contact, the values in `extra`.
#[test]
fn a_contact_with_wrong_optional_values_is_still_a_contact() {
    let mut envelope: Value =
        serde_json::from_slice(&example("webhooks.contact_create.request.prefix.json")).unwrap();
    envelope["data"]["name"] = json!(42);
    envelope["data"]["address"] = json!({"line1": "No.123"});
    let body = envelope.to_string();
    let signature = sign(SECRET, body.as_bytes()).unwrap();

    let event = webhook()
        .verify(&signed(&signature), body.as_bytes())
        .unwrap();

    let Event::ContactCreate { contact, .. } = &event else {
        panic!("not a contact: {event:?}");
    };
    assert_eq!(contact.name, None);
    assert_eq!(contact.extra["name"], 42);
    assert_eq!(contact.address, None);
    assert_eq!(contact.extra["address"], json!({"line1": "No.123"}));
    assert_eq!(contact.channel.as_deref(), Some("whatsapp"));
    // Written back, the envelope is what was signed.
    assert_eq!(serde_json::to_value(&event).unwrap(), envelope);

    // A required key of the envelope's data that is missing is not
    // "another type": with `data` not an object at all, the event is
    // undecoded, its body kept.
    envelope["data"] = json!("a contact");
    let body = envelope.to_string();
    let signature = sign(SECRET, body.as_bytes()).unwrap();
    let event = webhook()
        .verify(&signed(&signature), body.as_bytes())
        .unwrap();
    assert!(
        matches!(&event, Event::Undecoded { body: kept, .. } if kept == body.as_bytes()),
        "{event:?}"
    );
}
