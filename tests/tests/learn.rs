//! `cargo xtask learn` on the HAR fixtures in `tests/learn-captures/`, run
//! through the real `learn` on a scratch copy of the workspace spec: the
//! report names each difference, `--apply` edits only the spec (as text,
//! keeping everything else), the learned fields come out typed after
//! generation, a second `--apply` changes nothing, and bad captures are
//! refused by name with the spec untouched.

use std::path::{Path, PathBuf};

use xtask::learn::{self, Options, Outcome};

/// The live-looking token and the customer's address in `secrets.har` and
/// `contacts-unseen-fields.har`.
const TOKEN: &str = "kpt_9Zq3xW7vLm2Rt8Yp4Nc6Hd1Kf5Bs0Ge";
const EMAIL: &str = "somchai.customer@example.org";

fn capture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("learn-captures")
        .join(name)
}

/// A temporary workspace holding a copy of the spec and its examples.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        klink_tests::copy_spec_into(dir.path(), &[]);
        Self { dir }
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn spec(&self) -> String {
        std::fs::read_to_string(self.root().join(codegen::SPEC_PATH)).unwrap()
    }

    fn learn(&self, files: &[&str], apply: bool) -> Result<Outcome, learn::Error> {
        self.learn_with(files, |options| options.apply = apply)
    }

    fn learn_with(
        &self,
        files: &[&str],
        adjust: impl FnOnce(&mut Options),
    ) -> Result<Outcome, learn::Error> {
        let mut options = Options {
            files: files.iter().map(|name| capture(name)).collect(),
            ..Options::default()
        };
        adjust(&mut options);
        learn::run(self.root(), &options)
    }

    /// The body of one generated struct.
    fn generated_struct(&self, name: &str) -> String {
        let types =
            std::fs::read_to_string(self.root().join("klink-api/src/generated/types.rs")).unwrap();
        let start = types
            .find(&format!("pub struct {name} {{"))
            .unwrap_or_else(|| panic!("no struct {name}"));
        let end = types[start..].find("\n}\n").unwrap();
        types[start..start + end].to_owned()
    }
}

/// Whether every line of `original` is in `edited`, in order: nothing was
/// removed, reordered or reformatted.
fn keeps_every_line(original: &str, edited: &str) -> bool {
    let mut edited = edited.lines();
    original
        .lines()
        .all(|line| edited.by_ref().any(|other| other == line))
}

#[test]
fn unseen_fields_are_applied_as_text_edits_and_come_out_typed() {
    let scratch = Scratch::new();
    let original = scratch.spec();
    let dry = scratch
        .learn(&["contacts-unseen-fields.har"], false)
        .unwrap();
    let report = &dry.report;
    for line in [
        "Contact.address: string, nullable; seen in 3 of 3 -> proposed",
        "Contact.emails: array of object {email: string, isPrimary: boolean}; seen in 3 of 3 -> proposed",
        "Contact.score: number; seen in 3 of 3 -> proposed",
        "Contact.createdAt: string (date-time-like); seen in 1 of 1 -> proposed",
        "Contact.notes: only null (type unknown); seen in 3 of 3 -> not applied: only seen as null, type unknown",
        "Company.website: string; seen in 3 of 3 -> proposed",
        "== GET /api/v1/contacts (list_contacts): 2 requests; statuses 200 ×2",
        "  response 200: 2 bodies against ContactPage",
        "  Contact: add optional `address` (string, nullable; seen in 4 of 4)",
    ] {
        assert!(report.contains(line), "missing {line:?} in:\n{report}");
    }
    assert!(!dry.written);
    assert_eq!(scratch.spec(), original, "a dry run wrote the spec");

    let before = klink_tests::files_under(scratch.root());
    let applied = scratch
        .learn(&["contacts-unseen-fields.har"], true)
        .unwrap();
    assert!(applied.written);
    let after = klink_tests::files_under(scratch.root());
    let changed: Vec<_> = after
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(*bytes))
        .map(|(path, _)| path.strip_prefix(scratch.root()).unwrap().to_owned())
        .collect();
    assert_eq!(changed, [Path::new(codegen::SPEC_PATH)]);
    assert_eq!(after.len(), before.len(), "learn left a file behind");
    assert_eq!(applied.edits, dry.edits);
    let edited = scratch.spec();
    assert!(keeps_every_line(&original, &edited), "{edited}");
    assert!(edited.contains(
        "        address:
          type: string
          nullable: true
          description: Learned from captured traffic (seen in 4 of 4 samples, null in 1).
"
    ));
    assert!(!edited.contains(EMAIL));

    xtask::generated_file::generate(scratch.root()).unwrap();
    let contact = scratch.generated_struct("Contact");
    for field in [
        "pub address: Option<String>,",
        "pub score: Option<f64>,",
        "pub emails: Vec<ContactEmailsItem>,",
        "pub created_at: Option<String>,",
    ] {
        assert!(contact.contains(field), "missing {field:?} in:\n{contact}");
    }
    assert!(
        scratch
            .generated_struct("ContactEmailsItem")
            .contains("pub is_primary: Option<bool>,")
    );

    let again = scratch
        .learn(&["contacts-unseen-fields.har"], true)
        .unwrap();
    assert_eq!((again.edits, again.written), (0, false), "{}", again.report);
    assert_eq!(scratch.spec(), edited);
}

#[test]
fn a_type_conflict_is_reported_and_never_resolved() {
    let scratch = Scratch::new();
    let original = scratch.spec();
    let outcome = scratch.learn(&["tickets-type-conflict.har"], true).unwrap();
    let report = &outcome.report;
    for line in [
        "at /data/*/ticketNumber: type mismatch: string where the schema says integer (in 1 of 2 bodies)",
        "Ticket.priorityScore: conflict: integer ×2, string ×1 (not resolved); seen in 3 of 3 -> not applied: type conflict",
        "Ticket.createdAt: 3 of 3 strings look like date-times; the schema has no format",
        "Nothing to apply; openapi/klink.yaml is unchanged.",
    ] {
        assert!(report.contains(line), "missing {line:?} in:\n{report}");
    }
    assert_eq!(scratch.spec(), original);
}

#[test]
fn an_unknown_path_becomes_a_ready_to_paste_candidate_never_applied() {
    let scratch = Scratch::new();
    let original = scratch.spec();
    let outcome = scratch.learn(&["unknown-path.har"], true).unwrap();
    let report = &outcome.report;
    assert!(
        report.contains("GET /api/v1/widgets/{widgetId}: 2 requests; statuses 200 ×2"),
        "{report}"
    );
    assert!(report.contains("POST /api/v1/widgets: 1 request; statuses 201 ×1"));
    // The ids in the paths are values: they stay out of the report.
    for value in ["77812", "0d6b3a52", "w1"] {
        assert!(!report.contains(value), "{value} in:\n{report}");
    }
    assert_eq!(scratch.spec(), original);

    // Each stanza pastes under `paths:` into a spec that loads.
    let stanzas: String = report
        .split("ready to paste under `paths:` (of the spec or an extension spec):\n")
        .skip(1)
        .map(|rest| {
            rest.lines()
                .take_while(|line| line.starts_with("  ") && !line.starts_with("  response"))
                .map(|line| format!("{line}\n"))
                .collect::<String>()
        })
        .collect();
    assert!(stanzas.contains("operationId: get_widget"), "{stanzas}");
    let pasted = original.replacen("paths:\n", &format!("paths:\n{stanzas}"), 1);
    let spec = codegen::load_str(scratch.root().join(codegen::SPEC_PATH), &pasted)
        .unwrap_or_else(|e| panic!("{e}\n{stanzas}"));
    assert!(
        spec.raw
            .pointer("/paths/~1api~1v1~1widgets~1{widgetId}/get/responses/200/content/application~1json/schema/properties/size/type")
            .is_some_and(|ty| ty == "number")
    );
}

#[test]
fn an_unconfirmed_path_answered_2xx_loses_its_mark() {
    let scratch = Scratch::new();
    let outcome = scratch.learn(&["unconfirmed-200.har"], true).unwrap();
    let report = &outcome.report;
    assert!(report.contains(
        "PATCH /api/v1/contacts/{id} (update_contact): drop `x-klink-path: unconfirmed` (1 answer with a 2xx status)"
    ), "{report}");
    assert!(
        report.contains("status 404 is not documented (1 answer): body object {message: string}")
    );
    assert_eq!(outcome.edits, 1);
    let spec = codegen::load(scratch.root().join(codegen::SPEC_PATH)).unwrap();
    let mark = |route: &str, method: &str| {
        spec.raw
            .pointer(&format!(
                "/paths/{}/{method}/x-klink-path",
                route.replace('/', "~1")
            ))
            .cloned()
    };
    assert_eq!(mark("/api/v1/contacts/{id}", "patch"), None);
    // A 404 is no evidence: that mark stays.
    assert_eq!(
        mark("/api/v1/media-manager/files/{fileId}", "delete"),
        Some("unconfirmed".into())
    );
}

#[test]
fn entries_to_other_hosts_are_skipped_and_counted() {
    let scratch = Scratch::new();
    let report = scratch.learn(&["foreign-host.har"], false).unwrap().report;
    assert!(
        report.contains("1 matched an operation, 0 matched none (candidate operations below), 3 to other hosts (skipped)"),
        "{report}"
    );
    assert!(report.contains("Category.color: string; seen in 1 of 1 -> proposed"));
    assert!(!report.contains("secretKey"));

    // `--base-url` replaces the spec's servers: the legacy host is the API.
    let legacy = scratch
        .learn_with(&["foreign-host.har"], |options| {
            options.base_urls = vec!["https://api.klink.cloud".into()];
        })
        .unwrap()
        .report;
    assert!(legacy.contains("3 to other hosts (skipped)"), "{legacy}");
    assert!(
        legacy.contains("CategoryList.secretKey: string"),
        "{legacy}"
    );
}

#[test]
fn secrets_and_customer_data_never_reach_the_report_or_the_spec() {
    let scratch = Scratch::new();
    // Values are listed only when asked, and never for secret-looking keys.
    let shown = scratch
        .learn_with(&["secrets.har"], |options| options.show_values = true)
        .unwrap()
        .report;
    assert!(!shown.contains(TOKEN), "{shown}");
    assert!(
        shown.contains("values: (hidden: the key's name suggests a secret)"),
        "{shown}"
    );

    let outcome = scratch
        .learn(&["secrets.har", "contacts-unseen-fields.har"], true)
        .unwrap();
    assert!(outcome.written);
    assert!(outcome.report.contains("Message.senderEmail: string"));
    let spec = scratch.spec();
    for secret in [TOKEN, EMAIL, "klink_session"] {
        assert!(!outcome.report.contains(secret), "{secret} in the report");
        assert!(!spec.contains(secret), "{secret} in the spec");
    }
}

#[test]
fn what_other_tools_leave_out_is_skipped_and_counted() {
    let scratch = Scratch::new();
    let report = scratch.learn(&["tolerated.har"], false).unwrap().report;
    assert!(
        report.contains(
            "Skipped: 2 entries without a response, 2 bodies not JSON, 1 base64 bodies that did not decode."
        ),
        "{report}"
    );
    assert!(report.contains("status 502 is not documented (1 answer): no JSON body"));
}

#[test]
fn broken_captures_are_refused_by_name_and_the_spec_is_untouched() {
    let scratch = Scratch::new();
    let original = scratch.spec();
    for (file, expected) in [
        (
            "broken/truncated.har",
            "the file ends too early: truncated?",
        ),
        (
            "broken/not-json.har",
            "not a HAR file: invalid JSON at line 1 column 1",
        ),
        (
            "broken/no-entries.har",
            "not a HAR file: no `log.entries` array",
        ),
        (
            "broken/entry-without-url.har",
            "entry 1 (of log.entries, from 0) has no request method or URL",
        ),
    ] {
        // A good capture first: its proposals must not be written either.
        let error = scratch
            .learn(&["contacts-unseen-fields.har", file], true)
            .unwrap_err()
            .to_string();
        assert!(error.contains(file), "{error}");
        assert!(error.contains(expected), "{error}");
        assert_eq!(scratch.spec(), original, "{file} let the spec change");
    }
    let missing = scratch.learn(&["no-such-file.har"], true).unwrap_err();
    assert!(
        missing
            .to_string()
            .contains("no-such-file.har: cannot read")
    );
}

/// End to end: the SDK, capturing, receives a contact with a key the spec
/// lacks (it lands in `extra`); `learn --apply` on the capture adds it, and
/// generation types it.
#[tokio::test]
async fn a_key_the_sdk_captured_is_typed_after_learn_apply_and_generate() {
    const BODY: &str = r#"{"status":"success","message":"contact","data":{"id":"c-1","name":"Ko","loyaltyTier":"gold"}}"#;
    let server = klink_tests::ScriptedServer::start([klink_tests::Action::json(200, BODY)]).await;
    let scratch = Scratch::new();
    let file = scratch.root().join("capture.har");
    let client = klink_api::Client::builder()
        .base_url(server.url())
        .token(TOKEN)
        .capture(file.clone())
        .build()
        .unwrap();
    let envelope = client
        .get_contact()
        .id("c-1")
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(envelope.data.unwrap().extra["loyaltyTier"], "gold");
    drop(client);
    assert!(!std::fs::read_to_string(&file).unwrap().contains(TOKEN));

    let options = Options {
        files: vec![file],
        base_urls: vec![server.url()],
        apply: true,
        show_values: false,
    };
    let outcome = learn::run(scratch.root(), &options).unwrap();
    assert!(
        outcome
            .report
            .contains("Contact.loyaltyTier: string; seen in 1 of 1 -> proposed"),
        "{}",
        outcome.report
    );
    xtask::generated_file::generate(scratch.root()).unwrap();
    assert!(
        scratch
            .generated_struct("Contact")
            .contains("pub loyalty_tier: Option<String>,")
    );
    assert!(!scratch.spec().contains("gold"));
}
