//! The proposals as text edits of the spec: new property lines inserted at
//! the end of a schema's `properties` block, an `x-klink-path:
//! unconfirmed` line removed. Every other byte (comments, key order,
//! quoting, blank lines) stays as it was. The locator reads the spec's
//! block style (one key per line, indentation for nesting), which is how
//! the spec is written; anything else is refused, never guessed at.

use codegen::{operation_pointer, unescape_token};

use super::proposals::Proposals;
use super::yaml;

/// A key line and where its block ends.
#[derive(Debug, Clone, Copy)]
struct Block {
    line: usize,
    indent: usize,
    /// One past the block's last line that is neither blank nor a comment.
    end: usize,
}

/// The spec text with the proposals applied.
pub fn apply(text: &str, proposals: &Proposals) -> Result<String, String> {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    if lines.last().is_some_and(|l| !l.ends_with('\n')) {
        lines.last_mut().expect("checked").push('\n');
    }
    // (line, remove it?, text to insert before it), applied bottom-up.
    let mut edits: Vec<(usize, bool, String)> = Vec::new();
    let mut owners: Vec<&str> = proposals
        .properties
        .iter()
        .map(|p| p.owner.as_str())
        .collect();
    owners.dedup();
    for owner in owners {
        let properties = find(
            &lines,
            &tokens(owner)
                .chain(["properties".to_owned()])
                .collect::<Vec<_>>(),
        )
        .ok_or_else(|| format!("cannot find the `properties` of {owner} in the text"))?;
        let indent = child_indent(&lines, properties).unwrap_or(properties.indent + 2);
        let mut insert = String::new();
        for new in proposals.properties.iter().filter(|p| p.owner == owner) {
            yaml::property(&new.key, &new.shape, new.of, indent, &mut insert);
        }
        edits.push((properties.end, false, insert));
    }
    for confirmed in &proposals.confirmed {
        let at = operation_pointer(&confirmed.route, &confirmed.method);
        let path: Vec<String> = tokens(&at).chain(["x-klink-path".to_owned()]).collect();
        let mark = find(&lines, &path).ok_or_else(|| format!("cannot find the mark of {at}"))?;
        if mark.end != mark.line + 1 {
            return Err(format!("{at}/x-klink-path is not on one line"));
        }
        edits.push((mark.line, true, String::new()));
    }
    edits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (line, remove, insert) in edits {
        if remove {
            lines.remove(line);
        } else {
            lines.insert(line, insert);
        }
    }
    Ok(lines.concat())
}

fn tokens(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer
        .trim_start_matches('#')
        .split('/')
        .filter(|t| !t.is_empty())
        .map(unescape_token)
}

/// The block of the mapping key at `path`, from the top of the document.
fn find(lines: &[String], path: &[String]) -> Option<Block> {
    let mut range = (0, lines.len());
    let mut indent = 0;
    for (depth, key) in path.iter().enumerate() {
        let line = (range.0..range.1).find(|&i| {
            indent_of(&lines[i]) == Some(indent) && key_of(&lines[i]).as_deref() == Some(key)
        })?;
        let block = Block {
            line,
            indent,
            end: block_end(lines, line, indent),
        };
        if depth + 1 == path.len() {
            return Some(block);
        }
        range = (line + 1, block.end);
        indent = child_indent(lines, block)?;
    }
    None
}

fn block_end(lines: &[String], line: usize, indent: usize) -> usize {
    let mut end = line + 1;
    for (i, text) in lines.iter().enumerate().skip(line + 1) {
        match indent_of(text) {
            None => continue,
            Some(n) if n <= indent => break,
            Some(_) => end = i + 1,
        }
    }
    end
}

/// The indentation of a block's first content line.
fn child_indent(lines: &[String], block: Block) -> Option<usize> {
    lines[block.line + 1..block.end]
        .iter()
        .find_map(|l| indent_of(l))
}

/// Spaces before the content of a line; `None` for blank and comment lines.
fn indent_of(line: &str) -> Option<usize> {
    let content = line.trim_start_matches(' ');
    let trimmed = content.trim();
    (!trimmed.is_empty() && !trimmed.starts_with('#')).then(|| line.len() - content.len())
}

/// The mapping key a line starts with: plain, `"double"` or `'single'` quoted.
fn key_of(line: &str) -> Option<String> {
    let content = line.trim();
    let (key, rest) = if let Some(quoted) = content.strip_prefix('"') {
        let mut escaped = false;
        let end = quoted.char_indices().find_map(|(i, c)| {
            let close = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            close.then_some(i + 2)
        })?;
        let key: String = serde_json::from_str(&content[..end]).ok()?;
        (key, &content[end..])
    } else if let Some(quoted) = content.strip_prefix('\'') {
        let end = quoted.find('\'')?;
        (quoted[..end].to_owned(), &quoted[end + 1..])
    } else if content.starts_with("- ") || content == "-" {
        return None;
    } else {
        let end = content
            .char_indices()
            .find(|&(i, c)| {
                c == ':'
                    && content[i + 1..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace)
            })?
            .0;
        (content[..end].to_owned(), &content[end..])
    };
    let rest = rest.trim_start();
    (rest.starts_with(':')).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::learn::proposals::{Confirmed, NewProperty};
    use crate::learn::shape::Shape;
    use serde_json::json;

    const SPEC: &str = "paths:
  /a/{id}:
    patch:
      operationId: update_a
      x-klink-path: unconfirmed # why
      summary: x
components:
  schemas:
    # --- a ---
    A:
      type: object
      description: |
        properties:
          not: this
      properties:
        id:
          type: string

    # --- b ---
    B: {}
";

    #[test]
    fn inserts_at_the_end_of_the_block_and_keeps_comments() {
        let proposals = Proposals {
            properties: vec![NewProperty {
                owner: "#/components/schemas/A".into(),
                key: "name".into(),
                shape: Shape::of(&json!("x"), false),
                of: 1,
            }],
            confirmed: vec![Confirmed {
                route: "/a/{id}".into(),
                method: "patch".into(),
                id: "update_a".into(),
                answers: 1,
            }],
            ..Proposals::default()
        };
        let edited = apply(SPEC, &proposals).unwrap();
        let expected = SPEC
            .replace("      x-klink-path: unconfirmed # why\n", "")
            .replace(
                "          type: string\n\n",
                "          type: string\n        name:\n          type: string\n          description: Learned from captured traffic (seen in 1 of 1 samples).\n\n",
            );
        assert_eq!(edited, expected);
    }

    #[test]
    fn keys() {
        assert_eq!(key_of("  \"200\":").as_deref(), Some("200"));
        assert_eq!(key_of("  /a/{id}:").as_deref(), Some("/a/{id}"));
        assert_eq!(key_of("  url: https://x").as_deref(), Some("url"));
        assert_eq!(key_of("  - url: https://x"), None);
        assert_eq!(key_of("  text"), None);
    }
}
