//! The loader under fire: thousands of random edits to the real spec (delete
//! a key, swap a type, break a `$ref`, duplicate an operationId, truncate,
//! flip characters, invalid UTF-8, deep nesting, ...) each go through load,
//! validate and generate. None may panic, every error must name the file,
//! and a failed `xtask generate` must leave every generated file as it was.
//!
//! The corpus is seeded, so a failure names the seed that reproduces it.
//! By default it runs up to 400 mutants within a budget of 15 seconds (the
//! generator takes about a second per mutant it accepts in a debug build on
//! two busy cores), so CI stays quick; `KLINK_MUTATIONS=N` runs exactly N
//! mutants, and `KLINK_MUTATION_SEED=S` starts elsewhere. Run with `--nocapture` to see
//! the summary of error classes.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::{Value, json};

const DEFAULT_MUTANTS: u64 = 400;
/// The default run stops here even if mutants remain.
const DEFAULT_BUDGET: std::time::Duration = std::time::Duration::from_secs(15);

/// splitmix64: tiny, seedable, good enough to pick edits.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

/// A mutated spec: text for the loader, or raw bytes (invalid UTF-8).
enum Mutant {
    Text(String),
    Bytes(Vec<u8>),
}

/// JSON pointers of every node of `value`, objects and leaves alike.
fn pointers(value: &Value) -> Vec<String> {
    fn collect(value: &Value, at: &mut String, out: &mut Vec<String>) {
        out.push(at.clone());
        let children: Vec<(String, &Value)> = match value {
            Value::Object(map) => map
                .iter()
                .map(|(k, v)| (k.replace('~', "~0").replace('/', "~1"), v))
                .collect(),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, v)| (i.to_string(), v))
                .collect(),
            _ => return,
        };
        for (key, child) in children {
            let len = at.len();
            at.push('/');
            at.push_str(&key);
            collect(child, at, out);
            at.truncate(len);
        }
    }
    let mut out = Vec::new();
    collect(value, &mut String::new(), &mut out);
    out
}

fn of_kind<'a>(raw: &Value, all: &'a [String], want: fn(&Value) -> bool) -> Vec<&'a String> {
    all.iter()
        .filter(|p| raw.pointer(p).is_some_and(want))
        .collect()
}

const STRINGS: [&str; 12] = [
    "",
    "object",
    "array",
    "date-time",
    "{id}",
    "#/components/schemas/Message",
    "#/components/schemas/Nope",
    "null",
    "snake_case_id",
    "Ünïcödé 🚀",
    "$ref",
    "x-klink-path",
];

fn random_value(rng: &mut Rng) -> Value {
    match rng.below(9) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(42),
        3 => json!(-1.5),
        4 => json!(STRINGS[rng.below(STRINGS.len())]),
        5 => json!([]),
        6 => json!({}),
        7 => json!({"$ref": "#/components/schemas/Message"}),
        _ => json!({"type": "array", "items": {"type": "nonsense"}}),
    }
}

/// Keywords worth inserting: each can change how the spec is read.
fn random_keyword(rng: &mut Rng) -> (&'static str, Value) {
    let options: [(&str, Value); 12] = [
        ("nullable", json!(true)),
        ("type", json!("array")),
        ("items", json!({})),
        ("$ref", json!("#/components/schemas/Message")),
        ("required", json!(["zz"])),
        ("enum", json!([null])),
        ("oneOf", json!([])),
        ("allOf", json!([{}])),
        ("additionalProperties", json!(false)),
        ("format", json!("int64")),
        ("operationId", json!("send_message")),
        ("x-klink-path", json!("unconfirmed")),
    ];
    options[rng.below(options.len())].clone()
}

/// One to three edits to the spec, described for the failure message.
fn mutate(raw: &Value, text: &str, rng: &mut Rng) -> (Mutant, String) {
    let mut value = raw.clone();
    let mut applied = Vec::new();
    for _ in 0..=rng.below(3) {
        let all = pointers(&value);
        let kind = rng.below(14);
        match kind {
            // Text-level edits work on the YAML the user writes.
            0 => {
                let cut = rng.below(text.len());
                let cut = (0..=cut)
                    .rev()
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(0);
                return (
                    Mutant::Text(text[..cut].to_owned()),
                    format!("truncate at byte {cut}"),
                );
            }
            1 => {
                let noise = [
                    ':', '-', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%',
                    '@', '`', '\t', '\n', ' ',
                ];
                let mut chars: Vec<char> = text.chars().collect();
                let at = rng.below(chars.len());
                chars[at] = noise[rng.below(noise.len())];
                return (
                    Mutant::Text(chars.into_iter().collect()),
                    format!("character {at} replaced"),
                );
            }
            2 => {
                let mut bytes = text.as_bytes().to_vec();
                let at = rng.below(bytes.len());
                bytes[at] = 0xff;
                return (Mutant::Bytes(bytes), format!("invalid UTF-8 at byte {at}"));
            }
            3 => {
                let depth = 1 + rng.below(20_000);
                let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
                let text = text.replacen("info:", &format!("x-deep: {nested}\ninfo:"), 1);
                return (
                    Mutant::Text(text),
                    format!("flow sequence nested {depth} deep"),
                );
            }
            // Structural edits on the document.
            4 => {
                let objects = of_kind(&value, &all, |v| {
                    v.as_object().is_some_and(|m| !m.is_empty())
                });
                if let Some(at) = rng.pick(&objects).map(|s| s.to_string()) {
                    let map = value.pointer_mut(&at).unwrap().as_object_mut().unwrap();
                    let key = map.keys().nth(rng.below(map.len())).unwrap().clone();
                    map.remove(&key);
                    applied.push(format!("delete {at}/{key}"));
                }
            }
            5 | 6 => {
                if let Some(at) = rng.pick(&all[1..]).cloned() {
                    let new = random_value(rng);
                    applied.push(format!("{at} = {new}"));
                    *value.pointer_mut(&at).unwrap() = new;
                }
            }
            7 => {
                let refs = of_kind(&value, &all, |v| v.get("$ref").is_some());
                if let Some(at) = rng.pick(&refs).map(|s| s.to_string()) {
                    let broken = [
                        "#/components/schemas/",
                        "#/",
                        "",
                        "http://example.invalid/x.yaml",
                        "#/paths",
                        "#/components/schemas/Message/properties",
                    ];
                    let new = broken[rng.below(broken.len())];
                    value.pointer_mut(&at).unwrap()["$ref"] = json!(new);
                    applied.push(format!("{at}/$ref = {new:?}"));
                }
            }
            8 => {
                let ops = of_kind(&value, &all, |v| v.get("operationId").is_some());
                if let (Some(a), Some(b)) = (
                    rng.pick(&ops).map(|s| s.to_string()),
                    rng.pick(&ops).map(|s| s.to_string()),
                ) {
                    let id = value.pointer(&b).unwrap()["operationId"].clone();
                    value.pointer_mut(&a).unwrap()["operationId"] = id.clone();
                    applied.push(format!("{a}/operationId = {id}"));
                }
            }
            9 => {
                let strings = of_kind(&value, &all, Value::is_string);
                if let Some(at) = rng.pick(&strings).map(|s| s.to_string()) {
                    let new = STRINGS[rng.below(STRINGS.len())];
                    *value.pointer_mut(&at).unwrap() = json!(new);
                    applied.push(format!("{at} = {new:?}"));
                }
            }
            10 | 11 => {
                let objects = of_kind(&value, &all, Value::is_object);
                if let Some(at) = rng.pick(&objects).map(|s| s.to_string()) {
                    let (key, new) = random_keyword(rng);
                    value.pointer_mut(&at).unwrap()[key] = new.clone();
                    applied.push(format!("{at}/{key} = {new}"));
                }
            }
            12 => {
                let schemas = of_kind(&value, &all, |v| {
                    v.get("type").is_some() || v.get("$ref").is_some()
                });
                if let Some(at) = rng.pick(&schemas).map(|s| s.to_string()) {
                    let depth = 1 + rng.below(120);
                    let node = value.pointer_mut(&at).unwrap();
                    let mut nested = node.take();
                    for level in 0..depth {
                        nested = if level % 2 == 0 {
                            json!({"type": "array", "items": nested})
                        } else {
                            json!({"allOf": [nested]})
                        };
                    }
                    *node = nested;
                    applied.push(format!("{at} nested {depth} deep"));
                }
            }
            _ => {
                let paths = value.get_mut("paths").and_then(Value::as_object_mut);
                if let Some(paths) = paths
                    && let Some(route) = paths.keys().nth(rng.below(paths.len())).cloned()
                {
                    let item = paths.remove(&route).unwrap();
                    let new = ["/api/v1/{missing}", "", "no-slash", "/a/{id}/{id}"][rng.below(4)];
                    paths.insert(new.to_owned(), item);
                    applied.push(format!("path {route:?} renamed {new:?}"));
                }
            }
        }
    }
    let text = serde_yaml::to_string(&value).unwrap();
    (Mutant::Text(text), applied.join("; "))
}

/// The class of an outcome, for the summary.
fn class(error: &codegen::Error) -> String {
    let (kind, message) = match error {
        codegen::Error::Io { source, .. } => ("io", source.to_string()),
        codegen::Error::Syntax { message, .. } => ("syntax", message.clone()),
        codegen::Error::Invalid { message, .. } => ("invalid", message.clone()),
        codegen::Error::Generator { message, .. } => ("generator", message.clone()),
        codegen::Error::Format { message, .. } => ("format", message.clone()),
    };
    // The gist: the first words, without positions, quoted names and values.
    let gist = message.split(" at line ").next().unwrap_or("");
    let words: Vec<&str> = gist
        .split_whitespace()
        .filter(|word| {
            !word.contains(['"', '#', '/', '{', '['])
                && !word.starts_with(|c: char| c.is_ascii_digit() || c == '-')
        })
        .take(7)
        .collect();
    format!("{kind}: {}", words.join(" "))
}

fn scratch_workspace(root: &Path) -> PathBuf {
    let spec = klink_tests::copy_spec_into(root, &[]);
    xtask::generated_file::generate(root).unwrap();
    spec
}

/// Every generated file under the scratch workspace, with its bytes.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = klink_tests::files_under(&root.join("klink-api"));
    files.extend(klink_tests::files_under(&root.join("openapi/dist")));
    assert!(
        files.len() >= 4,
        "the scratch workspace has its generated files"
    );
    files
}

#[test]
fn random_edits_to_the_spec_never_panic_and_always_name_the_file() {
    let requested: Option<u64> = std::env::var("KLINK_MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok());
    let (count, budget) = match requested {
        Some(count) => (count, None),
        None => (DEFAULT_MUTANTS, Some(DEFAULT_BUDGET)),
    };
    let seed: u64 = std::env::var("KLINK_MUTATION_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x006b_6c69_6e6b);

    let scratch = tempfile::tempdir().unwrap();
    let spec_path = scratch_workspace(scratch.path());
    let generated_before = snapshot(scratch.path());
    let text = std::fs::read_to_string(&spec_path).unwrap();
    let raw = codegen::load(&spec_path).unwrap().raw;

    // progenitor's own panics are caught by codegen and become errors; keep
    // their messages out of the test output.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));

    let started = Instant::now();
    let mut classes: BTreeMap<String, u64> = BTreeMap::new();
    let mut failures = Vec::new();
    // Time spent mutating, loading and generating.
    let mut phases = [std::time::Duration::ZERO; 3];
    let mut ran = 0;
    for n in 0..count {
        if budget.is_some_and(|budget| started.elapsed() > budget) {
            break;
        }
        ran += 1;
        let mut rng = Rng(seed.wrapping_add(n));
        let clock = Instant::now();
        let (mutant, edits) = mutate(&raw, &text, &mut rng);
        phases[0] += clock.elapsed();
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let clock = Instant::now();
            let spec = match &mutant {
                Mutant::Text(text) => codegen::load_str(&spec_path, text),
                Mutant::Bytes(bytes) => {
                    std::fs::write(&spec_path, bytes).unwrap();
                    codegen::load(&spec_path)
                }
            };
            phases[1] += clock.elapsed();

            let clock = Instant::now();
            let outputs = spec.and_then(|spec| codegen::outputs(&spec));
            phases[2] += clock.elapsed();
            outputs
        }));
        let error = match outcome {
            Err(panic) => {
                let message = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()));
                failures.push(format!(
                    "seed {}: PANIC {message:?} after: {edits}",
                    seed.wrapping_add(n)
                ));
                continue;
            }
            Ok(Ok(_)) => {
                *classes.entry("accepted (generated)".into()).or_default() += 1;
                continue;
            }
            Ok(Err(error)) => error,
        };
        *classes.entry(class(&error)).or_default() += 1;
        if std::env::var_os("KLINK_MUTATION_VERBOSE").is_some() {
            eprintln!("{}: {error}\n    after: {edits}", seed.wrapping_add(n));
        }
        if !error.to_string().contains("klink.yaml") {
            failures.push(format!(
                "seed {}: error does not name the file: {error} (after: {edits})",
                seed.wrapping_add(n)
            ));
        }
        // Every fifth failing mutant also goes through `xtask generate`.
        if n % 5 == 0 {
            match &mutant {
                Mutant::Text(text) => std::fs::write(&spec_path, text).unwrap(),
                Mutant::Bytes(bytes) => std::fs::write(&spec_path, bytes).unwrap(),
            }
            if xtask::generated_file::generate(scratch.path()).is_ok() {
                failures.push(format!(
                    "seed {}: xtask generate accepted a spec the loader rejected",
                    seed.wrapping_add(n)
                ));
            }
            std::fs::write(&spec_path, &text).unwrap();
            if snapshot(scratch.path()) != generated_before {
                failures.push(format!(
                    "seed {}: a failed generate changed a file (after: {edits})",
                    seed.wrapping_add(n)
                ));
                break;
            }
        }
        std::fs::write(&spec_path, &text).unwrap();
    }
    std::panic::set_hook(default_hook);

    let summary: String = classes
        .iter()
        .map(|(class, n)| format!("  {n:>5}  {class}\n"))
        .collect();
    eprintln!(
        "time: mutate {:?}, load + validate {:?}, generate {:?}",
        phases[0], phases[1], phases[2]
    );
    eprintln!(
        "{ran} mutants from seed {seed} in {:.1} s:\n{summary}",
        started.elapsed().as_secs_f64()
    );
    assert!(ran >= 50, "only {ran} mutants ran within the budget");
    assert!(
        failures.is_empty(),
        "{} failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        classes.len() > 5,
        "the mutations should reach many kinds of error:\n{summary}"
    );
    assert!(
        classes.contains_key("accepted (generated)"),
        "some mutants should still generate:\n{summary}"
    );
}
