//! The proposals as text edits of the spec: new property lines inserted at
//! the end of a schema's `properties` block; a declared property's `type`
//! line followed by `nullable` or `format`, or replaced by a `oneOf`; an
//! `x-klink-path: unconfirmed` line removed. Every other byte (comments, key order,
//! quoting, blank lines) stays as it was. The locator reads the spec's
//! block style (one key per line, indentation for nesting), which is how
//! the spec is written; anything else is refused, never guessed at.

use codegen::{escape_token, operation_pointer, unescape_token};

use super::bodies::Target;
use super::proposals::Proposal;
use super::widening::Change;
use super::yaml;

/// A key line and where its block ends.
#[derive(Debug, Clone, Copy)]
struct Block {
    line: usize,
    indent: usize,
    /// One past the block's last line that is neither blank nor a comment.
    end: usize,
}

/// The spec text with the proposals applied, one after the other.
pub fn apply(text: &str, proposals: &[&Proposal]) -> Result<String, String> {
    proposals
        .iter()
        .try_fold(text.to_owned(), |text, proposal| apply_one(&text, proposal))
}

/// The spec text with one proposal applied.
pub fn apply_one(text: &str, proposal: &Proposal) -> Result<String, String> {
    let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_owned).collect();
    if lines.last().is_some_and(|l| !l.ends_with('\n')) {
        lines.last_mut().expect("checked").push('\n');
    }
    match proposal {
        Proposal::Property(new) => {
            let owner = &new.owner;
            let path: Vec<String> = tokens(owner).chain(["properties".to_owned()]).collect();
            let properties = find(&lines, &path)
                .ok_or_else(|| format!("cannot find the `properties` of {owner} in the text"))?;
            let indent = child_indent(&lines, properties).unwrap_or(properties.indent + 2);
            let mut insert = String::new();
            yaml::property_with_example(
                &new.key,
                &new.shape,
                new.of,
                new.null_in_example.as_deref(),
                indent,
                &mut insert,
            );
            lines.insert(properties.end, insert);
        }
        Proposal::Retype(retype) => {
            let at = format!("{}/properties/{}", retype.owner, escape_token(&retype.key));
            let path: Vec<String> = tokens(&at).collect();
            let property =
                find(&lines, &path).ok_or_else(|| format!("cannot find {at} in the text"))?;
            let indent = child_indent(&lines, property)
                .ok_or_else(|| format!("{at} is not a block mapping"))?;
            let child = |key: &str| {
                (property.line + 1..property.end).find(|&i| {
                    indent_of(&lines[i]) == Some(indent)
                        && key_of(&lines[i]).as_deref() == Some(key)
                })
            };
            let ty = child("type").ok_or_else(|| format!("{at} has no `type` line"))?;
            if block_end(&lines, ty, indent) != ty + 1 {
                return Err(format!("{at}/type is not on one line"));
            }
            let pad = " ".repeat(indent);
            match &retype.change {
                Change::Nullable => lines.insert(ty + 1, format!("{pad}nullable: true\n")),
                Change::Format(format) => lines.insert(ty + 1, format!("{pad}format: {format}\n")),
                Change::OneOf { types, nullable } => {
                    let nullable_line = child("nullable");
                    let mut one_of = format!("{pad}oneOf:\n");
                    for ty in types {
                        one_of.push_str(&format!("{pad}  - type: {ty}\n"));
                    }
                    if *nullable {
                        one_of.push_str(&format!("{pad}  - enum: [null]\n"));
                    }
                    lines[ty] = one_of;
                    // `nullable` means nothing without `type`; the `null`
                    // member says it instead.
                    if let Some(line) = nullable_line {
                        lines.remove(line);
                    }
                }
            }
        }
        Proposal::Query(parameter) => {
            let at = operation_pointer(&parameter.route, &parameter.method);
            let mut path: Vec<String> = tokens(&at).collect();
            let operation =
                find(&lines, &path).ok_or_else(|| format!("cannot find {at} in the text"))?;
            let indent = child_indent(&lines, operation)
                .ok_or_else(|| format!("{at} is not a block mapping"))?;
            path.push("parameters".to_owned());
            let (line, item_indent, header) = match find(&lines, &path) {
                Some(parameters) => {
                    let items = child_indent(&lines, parameters)
                        .ok_or_else(|| format!("{at}/parameters is not a block list"))?;
                    (parameters.end, items, String::new())
                }
                None => (
                    operation.line + 1,
                    indent + 2,
                    format!("{}parameters:\n", " ".repeat(indent)),
                ),
            };
            let mut insert = header;
            yaml::query_parameter(
                &parameter.key,
                parameter.schema_type(),
                (parameter.shape.seen, parameter.of),
                item_indent,
                &mut insert,
            );
            lines.insert(line, insert);
        }
        Proposal::Body(body) => {
            let reference = format!("$ref: \"#/components/schemas/{}\"\n", body.target.name());
            match &body.media {
                Some(media) => {
                    let path: Vec<String> = tokens(&body.holder)
                        .chain(["content".to_owned(), media.clone(), "schema".to_owned()])
                        .collect();
                    let schema = find(&lines, &path)
                        .ok_or_else(|| format!("cannot find the schema of {}", body.holder))?;
                    let pad = " ".repeat(schema.indent);
                    let replacement = format!("{pad}schema:\n{pad}  {reference}");
                    lines.splice(schema.line..schema.end, [replacement]);
                }
                None => {
                    let path: Vec<String> = tokens(&body.holder).collect();
                    let holder = find(&lines, &path)
                        .ok_or_else(|| format!("cannot find {}", body.holder))?;
                    let indent = child_indent(&lines, holder)
                        .ok_or_else(|| format!("{} is not a block mapping", body.holder))?;
                    let pad = " ".repeat(indent);
                    lines.insert(
                        holder.end,
                        format!(
                            "{pad}content:\n{pad}  application/json:\n{pad}    schema:\n{pad}      {reference}"
                        ),
                    );
                }
            }
            if let Target::New(name, shape) = &body.target {
                let schemas = find(&lines, &["components".to_owned(), "schemas".to_owned()])
                    .ok_or("cannot find components.schemas in the text")?;
                let indent = child_indent(&lines, schemas).unwrap_or(schemas.indent + 2);
                let pad = " ".repeat(indent);
                let mut component = format!(
                    "\n{pad}{}:\n{pad}  description: Learned from captured traffic (the {} body of `{}`, {}); review before use.\n",
                    yaml::key(name),
                    body.role,
                    body.id,
                    yaml::plural(shape.seen, "sample")
                );
                yaml::schema(shape, indent + 2, &mut component);
                lines.insert(schemas.end, component);
            }
        }
        Proposal::Confirm(confirmed) => {
            let at = operation_pointer(&confirmed.route, &confirmed.method);
            let path: Vec<String> = tokens(&at).chain(["x-klink-path".to_owned()]).collect();
            let mark =
                find(&lines, &path).ok_or_else(|| format!("cannot find the mark of {at}"))?;
            if mark.end != mark.line + 1 {
                return Err(format!("{at}/x-klink-path is not on one line"));
            }
            lines.remove(mark.line);
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
    use crate::learn::bodies::Untyped;
    use crate::learn::proposals::{Confirmed, NewProperty, QueryParameter};
    use crate::learn::shape::Shape;
    use crate::learn::widening::Retype;
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
        let proposals = [
            Proposal::Property(NewProperty {
                owner: "#/components/schemas/A".into(),
                key: "name".into(),
                shape: Shape::of(&json!("x"), false),
                of: 1,
                null_in_example: None,
            }),
            Proposal::Confirm(Confirmed {
                route: "/a/{id}".into(),
                method: "patch".into(),
                id: "update_a".into(),
                answers: 1,
            }),
        ];
        let edited = apply(SPEC, &proposals.iter().collect::<Vec<_>>()).unwrap();
        let expected = SPEC
            .replace("      x-klink-path: unconfirmed # why\n", "")
            .replace(
                "          type: string\n\n",
                "          type: string\n        name:\n          type: string\n          description: Learned from captured traffic (seen in 1 of 1 samples).\n\n",
            );
        assert_eq!(edited, expected);
    }

    #[test]
    fn a_type_widens_to_one_of_and_a_string_gets_its_format() {
        let retype = |key: &str, change| {
            Proposal::Retype(Retype {
                owner: "#/components/schemas/A".into(),
                key: key.into(),
                change,
                rust_before: String::new(),
                rust_after: String::new(),
                evidence: String::new(),
            })
        };
        let spec = SPEC.replace(
            "          type: string\n",
            "          type: string\n        n:\n          type: integer\n          nullable: true\n          description: x\n",
        );
        let widen = retype(
            "n",
            Change::OneOf {
                types: vec!["integer", "string"],
                nullable: true,
            },
        );
        let format = retype("id", Change::Format("date-time"));
        let edited = apply(&spec, &[&widen, &format]).unwrap();
        assert!(edited.contains(
            "        id:\n          type: string\n          format: date-time\n        n:\n          oneOf:\n            - type: integer\n            - type: string\n            - enum: [null]\n          description: x\n"
        ), "{edited}");
    }

    #[test]
    fn a_query_parameter_joins_the_list_or_starts_one() {
        let spec = "paths:
  /a:
    get:
      operationId: list_a
      parameters:
        - $ref: \"#/components/parameters/Page\"
      summary: x
  /b:
    get:
      operationId: list_b
";
        let parameter = |route: &str| {
            let mut shape = Shape::default();
            shape.add_type(&json!(""));
            Proposal::Query(QueryParameter {
                route: route.into(),
                method: "get".into(),
                id: String::new(),
                key: "sortBy".into(),
                shape,
                of: 2,
            })
        };
        let edited = apply(spec, &[&parameter("/a"), &parameter("/b")]).unwrap();
        let item = |pad: &str| {
            format!(
                "{pad}- name: sortBy\n{pad}  in: query\n{pad}  required: false\n{pad}  description: Learned from captured traffic (sent in 1 of 2 requests); not in the docs.\n{pad}  schema:\n{pad}    type: string\n"
            )
        };
        let expected = spec
            .replace(
                "        - $ref: \"#/components/parameters/Page\"\n",
                &format!(
                    "        - $ref: \"#/components/parameters/Page\"\n{}",
                    item("        ")
                ),
            )
            .replace(
                "    get:\n      operationId: list_b\n",
                &format!(
                    "    get:\n      parameters:\n{}      operationId: list_b\n",
                    item("        ")
                ),
            );
        assert_eq!(edited, expected);
    }

    #[test]
    fn an_untyped_body_refers_to_a_new_component() {
        let spec = "paths:
  /a/{id}:
    delete:
      operationId: delete_a
      responses:
        \"2XX\":
          description: Success.
    patch:
      operationId: update_a
      requestBody:
        content:
          application/json:
            schema:
              $ref: \"#/components/schemas/Loose\"
components:
  schemas:
    Loose: {}
";
        let body = |method: &str, holder: &str, media: Option<&str>, name: &str| {
            Proposal::Body(Box::new(Untyped {
                route: "/a/{id}".into(),
                method: method.into(),
                id: format!("{method}_a"),
                role: "request",
                holder: holder.into(),
                media: media.map(str::to_owned),
                current: None,
                shape: Shape::of(&json!({"count": 1}), false),
                target: Target::New(name.into(), Shape::of(&json!({"count": 1}), false)),
            }))
        };
        let deleted = body(
            "delete",
            "#/paths/~1a~1{id}/delete/responses/2XX",
            None,
            "Gone",
        );
        let updated = body(
            "patch",
            "#/paths/~1a~1{id}/patch/requestBody",
            Some("application/json"),
            "Update",
        );
        let edited = apply(spec, &[&deleted, &updated]).unwrap();
        let reference = |name: &str| format!("$ref: \"#/components/schemas/{name}\"");
        assert!(edited.contains(&format!(
            "          description: Success.\n          content:\n            application/json:\n              schema:\n                {}\n",
            reference("Gone")
        )), "{edited}");
        assert!(
            edited.contains(&format!(
                "            schema:\n              {}\n",
                reference("Update")
            )),
            "{edited}"
        );
        assert!(edited.ends_with(
            "    Loose: {}\n\n    Gone:\n      description: Learned from captured traffic (the request body of `delete_a`, 1 sample); review before use.\n      type: object\n      additionalProperties: {}\n      properties:\n        count:\n          type: integer\n          description: Learned from captured traffic (seen in 1 of 1 samples).\n\n    Update:\n      description: Learned from captured traffic (the request body of `patch_a`, 1 sample); review before use.\n      type: object\n      additionalProperties: {}\n      properties:\n        count:\n          type: integer\n          description: Learned from captured traffic (seen in 1 of 1 samples).\n"
        ), "{edited}");
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
