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

/// Decodes a JSON body as a `T`, as `serde_json::from_slice` does: the
/// same value, or the same error.
///
/// # Errors
///
/// serde_json's, when `body` is not a `T`.
pub fn decode_body<T: DeserializeOwned>(body: &[u8]) -> serde_json::Result<T> {
    // One UTF-8 check of the whole body spares `from_slice` its check of
    // every string. A body that is not UTF-8 is left to `from_slice`, whose
    // error says where.
    match std::str::from_utf8(body) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
