//! Requests to the API's host that match no operation, grouped into path
//! templates and offered as candidate operations (never applied).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::har::Exchange;
use super::shape::{Kind, Shape};
use super::yaml;

/// One candidate operation: a method and a path template.
#[derive(Debug, Default)]
pub struct Candidate {
    /// Exchanges.
    pub entries: u64,
    /// Answers by status.
    pub statuses: BTreeMap<u16, u64>,
    /// Request bodies.
    pub request: Shape,
    /// Response bodies by status.
    pub responses: BTreeMap<u16, Shape>,
    /// The template's parameter names.
    pub params: Vec<String>,
}

impl Candidate {
    /// Adds one exchange.
    pub fn add(&mut self, exchange: &Exchange, keep_values: bool) {
        self.entries += 1;
        *self.statuses.entry(exchange.status).or_default() += 1;
        if let Some(body) = &exchange.request {
            self.request.add(body, keep_values);
        }
        let shape = self.responses.entry(exchange.status).or_default();
        if let Some(body) = &exchange.response {
            shape.add(body, keep_values);
        }
    }
}

/// A path as a template: segments that are not plain words (UUIDs,
/// numbers, opaque ids, e-mail addresses, anything with a digit or an
/// upper-case letter after the first character) become parameters named
/// after the segment before them, so no captured value is reported.
pub fn template(path: &str) -> (String, Vec<String>) {
    let mut template = String::new();
    let mut params: Vec<String> = Vec::new();
    let mut previous = "";
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        template.push('/');
        if is_word(segment) {
            template.push_str(segment);
            previous = segment;
            continue;
        }
        let mut name = param_name(previous);
        let base = name.clone();
        let mut n = 2;
        while params.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        let _ = write!(template, "{{{name}}}");
        params.push(name);
        previous = "";
    }
    if template.is_empty() {
        template.push('/');
    }
    (template, params)
}

/// `contacts`, `media-manager`, `user_presence`, `v1`: a word, not an id.
fn is_word(segment: &str) -> bool {
    let version = segment.len() <= 3
        && segment.starts_with('v')
        && segment[1..].bytes().all(|b| b.is_ascii_digit())
        && segment.len() > 1;
    let word = segment.len() <= 40
        && segment.starts_with(|c: char| c.is_ascii_alphabetic())
        && segment
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-' || c == '_' || c == '.')
        && !segment.starts_with(|c: char| c.is_ascii_uppercase());
    version
        || (word
            && segment
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase()))
}

/// `contacts` → `contactId`; nothing before → `id`.
fn param_name(previous: &str) -> String {
    let mut words = previous.split(['-', '_', '.']).filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return "id".to_owned();
    };
    let mut name = first.to_owned();
    for word in words {
        let mut chars = word.chars();
        if let Some(c) = chars.next() {
            name.push(c.to_ascii_uppercase());
            name.extend(chars);
        }
    }
    let singular = name
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| name.strip_suffix('s').map(str::to_owned))
        .unwrap_or(name);
    format!("{singular}Id")
}

/// A ready-to-paste `paths` entry for the spec (or an extension spec).
pub fn stanza(method: &str, template: &str, candidate: &Candidate) -> String {
    let mut out = String::new();
    let method = method.to_ascii_lowercase();
    let _ = writeln!(out, "  {}:", yaml::key(template));
    let _ = writeln!(out, "    {method}:");
    let _ = writeln!(
        out,
        "      operationId: {}",
        operation_id(&method, template)
    );
    let _ = writeln!(
        out,
        "      summary: Learned from captured traffic ({}); review before use.",
        yaml::plural(candidate.entries, "request")
    );
    if !candidate.params.is_empty() {
        out.push_str("      parameters:\n");
        for name in &candidate.params {
            let _ = write!(
                out,
                "        - name: {name}\n          in: path\n          required: true\n          schema:\n            type: string\n"
            );
        }
    }
    if candidate.request.seen > 0 {
        out.push_str("      requestBody:\n        content:\n          application/json:\n            schema:\n");
        yaml::schema(&candidate.request, 14, &mut out);
    }
    out.push_str("      responses:\n");
    for (status, shape) in &candidate.responses {
        let answers = candidate.statuses.get(status).copied().unwrap_or_default();
        let _ = writeln!(out, "        \"{status}\":");
        let _ = writeln!(
            out,
            "          description: Learned from captured traffic ({}).",
            yaml::plural(answers, "answer")
        );
        if shape.seen > 0 && shape.kind() != Kind::Unknown {
            out.push_str(
                "          content:\n            application/json:\n              schema:\n",
            );
            yaml::schema(shape, 16, &mut out);
        }
    }
    out
}

/// `get` + `/api/v1/widgets/{widgetId}` → `get_widget`; `get` of a
/// collection → `list_widgets`.
fn operation_id(method: &str, template: &str) -> String {
    let segments: Vec<&str> = template.split('/').filter(|s| !s.is_empty()).collect();
    let on_item = segments.last().is_some_and(|s| s.starts_with('{'));
    let noun = segments
        .iter()
        .rev()
        .find(|s| !s.starts_with('{'))
        .map_or("root".to_owned(), |s| {
            s.replace(['-', '.'], "_").to_ascii_lowercase()
        });
    let singular = noun
        .strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| noun.strip_suffix('s').map(str::to_owned))
        .unwrap_or_else(|| noun.clone());
    match (method, on_item) {
        ("get", false) => format!("list_{noun}"),
        ("get", true) => format!("get_{singular}"),
        ("post", _) => format!("create_{singular}"),
        ("put", _) => format!("replace_{singular}"),
        ("patch", _) => format!("update_{singular}"),
        ("delete", _) => format!("delete_{singular}"),
        (other, _) => format!("{other}_{noun}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_become_parameters_and_words_stay() {
        let (template, params) =
            template("/api/v1/widgets/3f2b1c9e-8d7a-4e6f-9b0c-1a2b3c4d5e6f/parts/42");
        assert_eq!(template, "/api/v1/widgets/{widgetId}/parts/{partId}");
        assert_eq!(params, ["widgetId", "partId"]);
        assert_eq!(
            template_of("/api/v1/by-email/jane@example.com"),
            "/api/v1/by-email/{byEmailId}"
        );
        assert_eq!(template_of("/x/AbC123xyz/y/k9"), "/x/{xId}/y/{yId}");
        assert_eq!(
            template_of("/api/v1/media-manager/files"),
            "/api/v1/media-manager/files"
        );
    }

    fn template_of(path: &str) -> String {
        template(path).0
    }

    #[test]
    fn operation_ids() {
        assert_eq!(operation_id("get", "/api/v1/widgets"), "list_widgets");
        assert_eq!(
            operation_id("get", "/api/v1/widgets/{widgetId}"),
            "get_widget"
        );
        assert_eq!(
            operation_id("post", "/api/v1/categories"),
            "create_category"
        );
    }
}
