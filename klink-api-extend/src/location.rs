//! Error messages for the macro call site: paths relative to the calling
//! crate, and the line and column of a JSON pointer in a YAML file.

use std::path::Path;

/// The error as the compile error shows it: `file:line:column: ...` where
/// the pointer's place in the file is found, the file relative to the
/// calling crate's directory.
pub(crate) fn describe(error: &codegen::Error, dir: &Path) -> String {
    let mut message = error.to_string();
    if let codegen::Error::Invalid { path, pointer, .. } = error {
        let shown = path.display().to_string();
        let place = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| locate(&text, pointer));
        if let Some((line, column)) = place
            && let Some(rest) = message.strip_prefix(&shown)
        {
            message = format!("{shown}:{line}:{column}{rest}");
        }
    }
    message.replace(&format!("{}/", dir.display()), "")
}

/// One non-blank, non-comment line: its 1-based number, indentation and
/// text after the indentation.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    number: usize,
    indent: usize,
    text: &'a str,
}

/// The 1-based line and column of the node `pointer` (`#/a/b/0`) names in
/// block-style YAML, or `None` where it cannot be found (flow style, a key
/// the merge added, ...).
pub(crate) fn locate(text: &str, pointer: &str) -> Option<(usize, usize)> {
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let trimmed = line.trim_start_matches(' ');
            (!trimmed.is_empty() && !trimmed.starts_with('#')).then(|| Line {
                number: i + 1,
                indent: line.len() - trimmed.len(),
                text: trimmed,
            })
        })
        .collect();
    let segments: Vec<String> = pointer
        .strip_prefix('#')?
        .split('/')
        .skip(1)
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
        .collect();
    find(&lines, &segments)
}

/// Finds `segments` among the entries of the block `lines` (whose first
/// line sets the block's indentation).
fn find(lines: &[Line], segments: &[String]) -> Option<(usize, usize)> {
    let (segment, rest) = segments.split_first()?;
    let indent = lines.first()?.indent;
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].indent == indent)
        .collect();
    let mut item = 0;
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(lines.len());
        let line = lines[start];
        let body = &lines[start + 1..end];
        if let Some(inline) = line.text.strip_prefix('-') {
            if segment.parse::<usize>().ok() != Some(item) {
                item += 1;
                continue;
            }
            if rest.is_empty() {
                return Some((line.number, line.indent + 1));
            }
            // `- key: value` opens a mapping on the dash's line.
            let content = inline.trim_start_matches(' ');
            let mut inner = vec![Line {
                number: line.number,
                indent: line.indent + 1 + inline.len() - content.len(),
                text: content,
            }];
            inner.retain(|line| !line.text.is_empty());
            inner.extend_from_slice(body);
            return find(&inner, rest);
        }
        if key_of(line.text) == Some(segment.as_str()) {
            return if rest.is_empty() {
                Some((line.number, line.indent + 1))
            } else {
                find(body, rest)
            };
        }
    }
    None
}

/// The key of a `key: value` (or `"key":`) line.
fn key_of(text: &str) -> Option<&str> {
    for quote in ['"', '\''] {
        if let Some(rest) = text.strip_prefix(quote) {
            let (key, after) = rest.split_once(quote)?;
            return after.starts_with(':').then_some(key);
        }
    }
    let end = text
        .find(": ")
        .or_else(|| text.ends_with(':').then(|| text.len() - 1))?;
    Some(&text[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "\
openapi: 3.0.3
paths:
  /api/v1/tags:
    # a comment
    get:
      operationId: list_tags
      parameters:
        - name: page
          in: query
        - $ref: \"#/components/parameters/PageSize\"
      responses:
        \"200\":
          description: ok
";

    #[test]
    fn keys_indices_and_quoted_keys_are_found() {
        let at = |pointer| locate(YAML, pointer);
        assert_eq!(at("#/paths/~1api~1v1~1tags/get"), Some((5, 5)));
        assert_eq!(at("#/paths/~1api~1v1~1tags/get/operationId"), Some((6, 7)));
        assert_eq!(
            at("#/paths/~1api~1v1~1tags/get/parameters/1"),
            Some((10, 9))
        );
        assert_eq!(
            at("#/paths/~1api~1v1~1tags/get/parameters/0/in"),
            Some((9, 11))
        );
        assert_eq!(
            at("#/paths/~1api~1v1~1tags/get/parameters/1/$ref"),
            Some((10, 11))
        );
        assert_eq!(
            at("#/paths/~1api~1v1~1tags/get/responses/200/description"),
            Some((13, 11))
        );
        assert_eq!(at("#/paths/~1api~1v1~1tags/post"), None);
        assert_eq!(at("#/components"), None);
    }
}
