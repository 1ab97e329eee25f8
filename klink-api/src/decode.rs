//! Decoding a success's JSON body, for the generated calls and raw calls:
//! what progenitor's `ResponseValue::from_response` does, for less.

use progenitor_client::{Error, ResponseValue};
use serde::de::DeserializeOwned;

/// Reads `response`'s body and decodes it as a `T`, keeping the status and
/// headers. The headers are taken, not cloned: the response is consumed.
///
/// # Errors
///
/// `ResponseBodyError` when the body cannot be read,
/// `InvalidResponsePayload` (with the body) when it is not a `T`: the
/// errors of `ResponseValue::from_response`.
pub async fn response<T: DeserializeOwned, E>(
    mut response: reqwest::Response,
) -> Result<ResponseValue<T>, Error<E>> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let body = response.bytes().await.map_err(Error::ResponseBodyError)?;
    let inner = decode_body::<T>(&body).map_err(|e| Error::InvalidResponsePayload(body, e))?;
    Ok(ResponseValue::new(inner, status, headers))
}

/// Decodes a JSON body as a `T`: strictly, as `serde_json::from_slice`
/// does, and, when that fails on the body's data (not its syntax), again on
/// the tolerant pass (`crate::lossless`), where an optional field whose
/// value does not fit its type gives it up to `extra` instead of failing
/// the call.
///
/// # Errors
///
/// serde_json's: the strict pass's when the body is not JSON, the tolerant
/// pass's (with the whole key path) when it is JSON that is not a `T`.
pub fn decode_body<T: DeserializeOwned>(body: &[u8]) -> serde_json::Result<T> {
    // One UTF-8 check of the whole body spares `from_slice` its check of
    // every string. A body that is not UTF-8 is left to `from_slice`, whose
    // error says where.
    let Ok(text) = std::str::from_utf8(body) else {
        return serde_json::from_slice(body);
    };
    match serde_json::from_str(text) {
        Ok(value) => Ok(value),
        Err(strict) if strict.is_data() => crate::lossless::decode_tolerant(text),
        Err(strict) => Err(strict),
    }
}

/// Decodes an already parsed JSON value as a `T`, as [`decode_body`] does
/// a body: strictly, then on the tolerant pass.
///
/// # Errors
///
/// serde_json's, with the whole key path, when the value is not a `T`.
#[cfg(feature = "webhooks")]
pub fn decode_value<T: DeserializeOwned>(value: &serde_json::Value) -> serde_json::Result<T> {
    match T::deserialize(value) {
        Ok(decoded) => Ok(decoded),
        Err(_) => crate::lossless::decode_value_tolerant(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same value as `from_slice`, or the same error (for a type of
    /// serde's derive, the tolerant pass fails as the strict one does).
    #[test]
    fn decodes_and_fails_as_from_slice_does() {
        let bodies: [&[u8]; 7] = [
            br#"{"a":"x","b":[1,2]}"#,
            br#"{"a":"\u00e9\ud83d\ude00","b":[]}"#,
            "{\"a\":\"é\",\"b\":[]}".as_bytes(),
            br#"{"a":1}"#,
            b"{\"a\":\"\xff\",\"b\":[]}",
            b"{\"a\":\n\"x\",\"b\":[]\n  ,}",
            b"",
        ];
        #[derive(Debug, PartialEq, serde::Deserialize)]
        struct Body {
            a: String,
            b: Vec<u8>,
        }
        for body in bodies {
            let ours = decode_body::<Body>(body);
            let theirs = serde_json::from_slice::<Body>(body);
            match (ours, theirs) {
                (Ok(ours), Ok(theirs)) => assert_eq!(ours, theirs),
                (Err(ours), Err(theirs)) => {
                    assert_eq!(ours.to_string(), theirs.to_string());
                    assert_eq!(ours.classify(), theirs.classify());
                }
                (ours, theirs) => panic!("{body:?}: {ours:?} against {theirs:?}"),
            }
        }
    }
}
