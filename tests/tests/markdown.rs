//! The Markdown documents: README.md stays a front page, every guide is
//! compiled as doctests of klink-api, and no relative link or anchor points
//! at nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The front page's length, so that guides do not drift back into it.
const README_MAX_LINES: usize = 300;
/// The contributor's first screen: the two commands must show on it.
const FIRST_SCREEN_LINES: usize = 80;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .unwrap()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn readme_is_a_front_page_of_at_most_300_lines() {
    let lines = read(&workspace().join("README.md")).lines().count();
    assert!(
        lines <= README_MAX_LINES,
        "README.md has {lines} lines, more than {README_MAX_LINES}: move a guide to docs/ \
         or maintainers' material to CONTRIBUTING.md"
    );
}

#[test]
fn readme_shows_the_two_commands_on_its_first_screen() {
    let readme = read(&workspace().join("README.md"));
    let first_screen: Vec<&str> = readme.lines().take(FIRST_SCREEN_LINES).collect();
    for command in ["cargo xtask generate", "cargo test --workspace"] {
        assert!(
            commands_in_sh_blocks(&first_screen).any(|line| line.starts_with(command)),
            "README.md's first {FIRST_SCREEN_LINES} lines have no `sh` block running `{command}`"
        );
    }
}

/// The lines of the fenced `sh` blocks among `lines`.
fn commands_in_sh_blocks<'a>(lines: &'a [&'a str]) -> impl Iterator<Item = &'a str> {
    let mut in_sh = false;
    lines.iter().copied().filter(move |line| {
        if let Some(info) = line.strip_prefix("```") {
            in_sh = !in_sh && info.trim() == "sh";
            return false;
        }
        in_sh
    })
}

/// The Markdown a user or contributor reads: the README, CONTRIBUTING.md
/// and every guide in docs/.
fn guides() -> Vec<PathBuf> {
    let root = workspace();
    let mut guides = vec![root.join("README.md"), root.join("CONTRIBUTING.md")];
    guides.extend(markdown_files_in(&root.join("docs")));
    guides
}

fn markdown_files_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    files.sort();
    files
}

/// rustdoc compiles a guide's Rust blocks only if a doc attribute of
/// klink-api (or, for the guide to `extend!`, of klink-api-extend) includes
/// the file; a guide missing there is silently untested.
#[test]
fn every_guide_is_compiled_as_doctests_of_klink_api() {
    let mut included = markdown_included_by(&workspace().join("klink-api/src"));
    included.extend(markdown_included_by(
        &workspace().join("klink-api-extend/src"),
    ));
    let guides = guides();
    assert!(guides.len() > 3, "no guides found in docs/");
    let missing: Vec<String> = guides
        .iter()
        .filter(|guide| !included.contains(*guide))
        .map(|guide| guide.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "not included as doctests (a `#[cfg(doctest)]` item with \
         `#[doc = include_str!(..)]` in klink-api/src/lib.rs or klink-api-extend/src/lib.rs): {missing:?}"
    );
}

/// Every `.md` file that `include_str!` names in the Rust sources under
/// `dir`, resolved from the including file's folder.
fn markdown_included_by(dir: &Path) -> BTreeSet<PathBuf> {
    let mut included = BTreeSet::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            included.extend(markdown_included_by(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            for argument in read(&path).split("include_str!(\"").skip(1) {
                let Some((target, _)) = argument.split_once('"') else {
                    continue;
                };
                if target.ends_with(".md")
                    && let Ok(target) = dir.join(target).canonicalize()
                {
                    included.insert(target);
                }
            }
        }
    }
    included
}

#[test]
fn relative_links_and_anchors_resolve() {
    let root = workspace();
    let mut documents = guides();
    documents.push(root.join("CHANGELOG.md"));
    documents.extend(markdown_files_in(&root.join("klink-api")));
    documents.extend(markdown_files_in(&root.join("klink-mock")));
    let broken: Vec<String> = documents.iter().flat_map(|doc| broken_links(doc)).collect();
    assert!(broken.is_empty(), "broken links: {broken:#?}");
}

/// The checker finds a missing file and a missing anchor, in another file
/// and in the same one, and accepts what exists.
#[test]
fn broken_links_and_anchors_are_found() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("docs")).unwrap();
    std::fs::write(
        dir.path().join("docs/guide.md"),
        "# A guide\n\n## From the command line: `klink`\n",
    )
    .unwrap();
    let page = dir.path().join("README.md");
    std::fs::write(
        &page,
        "# Front\n\n\
         [ok](docs/guide.md#from-the-command-line-klink) [ok](#front) [ok](https://x.test/#no)\n\
         [gone](docs/missing.md) [no anchor](docs/guide.md#nowhere) [here](#nowhere)\n\
         ```text\n[in code](not/checked.md)\n```\n",
    )
    .unwrap();
    let broken = broken_links(&page);
    assert_eq!(broken.len(), 3, "{broken:#?}");
    assert!(broken[0].contains("docs/missing.md"), "{broken:#?}");
    assert!(broken[1].contains("docs/guide.md#nowhere"), "{broken:#?}");
    assert!(broken[2].contains("(#nowhere)"), "{broken:#?}");
}

/// The relative links of `doc` (outside code blocks) whose file does not
/// exist or whose `#anchor` is no heading of that file.
fn broken_links(doc: &Path) -> Vec<String> {
    let text = read(doc);
    let mut broken = Vec::new();
    for (number, line) in prose_lines(&text) {
        for target in link_targets(line) {
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (file, anchor) = match target.split_once('#') {
                Some((file, anchor)) => (file, Some(anchor)),
                None => (target, None),
            };
            let path = if file.is_empty() {
                doc.to_path_buf()
            } else {
                doc.parent().unwrap().join(file)
            };
            let problem = if !path.exists() {
                Some("no such file")
            } else if let Some(anchor) = anchor {
                let is_markdown = path.extension().is_some_and(|ext| ext == "md");
                (is_markdown && !anchors(&read(&path)).contains(anchor))
                    .then_some("no such heading")
            } else {
                None
            };
            if let Some(problem) = problem {
                broken.push(format!("{}:{number}: ({target}): {problem}", doc.display()));
            }
        }
    }
    broken
}

/// The lines outside fenced code blocks, numbered from 1.
fn prose_lines(text: &str) -> Vec<(usize, &str)> {
    let mut in_code = false;
    let mut prose = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if !in_code {
            prose.push((index + 1, line));
        }
    }
    prose
}

/// The targets of the inline links `[text](target)` on one line.
fn link_targets(line: &str) -> Vec<&str> {
    line.split("](")
        .skip(1)
        .filter_map(|rest| rest.split_once(')').map(|(target, _)| target))
        .collect()
}

/// The anchors GitHub gives a document's headings: lower case, letters,
/// digits, `-` and `_` kept, spaces made `-`, everything else dropped.
fn anchors(text: &str) -> BTreeSet<String> {
    prose_lines(text)
        .into_iter()
        .filter_map(|(_, line)| line.strip_prefix('#'))
        .map(|heading| {
            heading
                .trim_start_matches('#')
                .trim()
                .chars()
                .filter_map(|c| match c {
                    ' ' => Some('-'),
                    '-' | '_' => Some(c),
                    c if c.is_alphanumeric() => Some(c),
                    _ => None,
                })
                .flat_map(char::to_lowercase)
                .collect()
        })
        .collect()
}
