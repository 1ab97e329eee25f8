//! Which captured requests belong to the API (by scheme, host, port and
//! base path) and which operation each one is (by method and path
//! template).

use codegen::{each_operation, resolve_ref};
use serde_json::Value;

use super::error::Error;

/// `scheme://host[:port]/base`, the parts compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    origin: String,
    path: String,
}

/// Splits an absolute URL into its origin (lower-case, default port
/// dropped) and its path (no query or fragment, no trailing `/`).
fn split_url(url: &str) -> Option<(String, String)> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, rest) = rest.split_at(end);
    let host = authority.rsplit('@').next()?.to_ascii_lowercase();
    let default_port = if scheme == "https" { ":443" } else { ":80" };
    let host = host.strip_suffix(default_port).unwrap_or(&host);
    if host.is_empty() {
        return None;
    }
    let path = rest.split(['?', '#']).next().unwrap_or("");
    Some((
        format!("{scheme}://{host}"),
        path.trim_end_matches('/').to_owned(),
    ))
}

/// The bases requests must be sent to: `--base-url`s when given, else the
/// spec's `servers`.
pub fn bases(raw: &Value, base_urls: &[String]) -> Result<Vec<Base>, Error> {
    let mut bases = Vec::new();
    for url in base_urls {
        let (origin, path) = split_url(url).ok_or_else(|| Error::BaseUrl(url.clone()))?;
        bases.push(Base { origin, path });
    }
    if bases.is_empty() {
        let servers = raw.get("servers").and_then(Value::as_array);
        for server in servers.into_iter().flatten() {
            if let Some((origin, path)) = server
                .get("url")
                .and_then(Value::as_str)
                .and_then(split_url)
            {
                bases.push(Base { origin, path });
            }
        }
    }
    Ok(bases)
}

/// The request's path below one of `bases`, or `None` for another host.
pub fn api_path(url: &str, bases: &[Base]) -> Option<String> {
    let (origin, path) = split_url(url)?;
    bases.iter().find_map(|base| {
        let below = path.strip_prefix(&base.path)?;
        (base.origin == origin && (below.is_empty() || below.starts_with('/'))).then(|| {
            if below.is_empty() {
                "/".to_owned()
            } else {
                below.to_owned()
            }
        })
    })
}

/// One operation of the spec.
#[derive(Debug, Clone)]
pub struct Operation {
    /// Upper-case method.
    pub method: String,
    /// The path template, e.g. `/api/v1/contacts/{id}`.
    pub route: String,
    /// The `operationId`.
    pub id: String,
    /// Marked `x-klink-path: unconfirmed`.
    pub unconfirmed: bool,
    /// The names of its query parameters (its own and its path's).
    pub query: Vec<String>,
    segments: Vec<Option<String>>,
}

/// The spec's operations, for routing.
pub struct Router {
    /// Every operation, in the order of [`codegen::each_operation`].
    pub operations: Vec<Operation>,
}

impl Router {
    /// Reads the operations of the spec document (those with an
    /// `operationId`, which every operation of a loaded spec has).
    pub fn new(raw: &Value) -> Self {
        let operations = each_operation(raw)
            .filter_map(|(route, method, operation)| {
                let id = operation.get("operationId").and_then(Value::as_str)?;
                let path_item = raw.get("paths").and_then(|paths| paths.get(route));
                let query = [path_item, Some(operation)]
                    .into_iter()
                    .flatten()
                    .filter_map(|node| node.get("parameters")?.as_array())
                    .flatten()
                    .filter_map(|parameter| resolve_ref(raw, parameter))
                    .filter(|parameter| {
                        parameter.get("in").and_then(Value::as_str) == Some("query")
                    })
                    .filter_map(|parameter| parameter.get("name")?.as_str().map(str::to_owned))
                    .collect();
                Some(Operation {
                    query,
                    method: method.to_ascii_uppercase(),
                    route: route.to_owned(),
                    id: id.to_owned(),
                    unconfirmed: operation.get("x-klink-path").and_then(Value::as_str)
                        == Some("unconfirmed"),
                    segments: segments(route)
                        .map(|s| (!s.starts_with('{')).then(|| s.to_owned()))
                        .collect(),
                })
            })
            .collect();
        Self { operations }
    }

    /// The operation a request is: same method, same number of segments,
    /// every literal segment equal; the one with the most literal segments
    /// wins (`/contacts/fields` over `/contacts/{id}`).
    pub fn route(&self, method: &str, path: &str) -> Option<usize> {
        let parts: Vec<&str> = segments(path).collect();
        self.operations
            .iter()
            .enumerate()
            .filter(|(_, op)| op.method == method && op.segments.len() == parts.len())
            .filter(|(_, op)| {
                op.segments
                    .iter()
                    .zip(&parts)
                    .all(|(literal, part)| literal.as_deref().is_none_or(|l| l == *part))
            })
            .max_by_key(|(_, op)| op.segments.iter().filter(|s| s.is_some()).count())
            .map(|(index, _)| index)
    }
}

fn segments(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn hosts_ports_and_base_paths() {
        let bases = bases(
            &json!({"servers": [{"url": "https://api.example.com/v2/"}]}),
            &[],
        )
        .unwrap();
        assert_eq!(
            api_path("HTTPS://API.example.com:443/v2/things?a=1", &bases).as_deref(),
            Some("/things")
        );
        assert_eq!(api_path("https://api.example.com/v3/things", &bases), None);
        assert_eq!(api_path("http://api.example.com/v2/things", &bases), None);
        assert_eq!(
            api_path("https://other.example.com/v2/things", &bases),
            None
        );
    }

    #[test]
    fn literal_segments_win() {
        let raw = json!({"paths": {
            "/c/{id}": {"get": {"operationId": "get_c"}},
            "/c/fields": {"get": {"operationId": "fields"}},
        }});
        let router = Router::new(&raw);
        let id = |path| {
            router
                .route("GET", path)
                .map(|i| router.operations[i].id.clone())
        };
        assert_eq!(id("/c/fields").as_deref(), Some("fields"));
        assert_eq!(id("/c/42").as_deref(), Some("get_c"));
        assert_eq!(id("/c/42/x"), None);
        assert_eq!(router.route("POST", "/c/42"), None);
    }
}
