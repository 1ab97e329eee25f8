//! `cargo xtask learn` on the HAR fixtures in `tests/learn-captures/`, run
//! through the real `learn` on a scratch copy of the workspace spec: the
//! report names each difference, `--apply` edits only the spec (as text,
//! keeping everything else), the learned fields come out typed after
//! generation, a second `--apply` changes nothing, and bad captures are
//! refused by name with the spec untouched.

// The capture example's `main` is not used here.
#[allow(dead_code)]
#[path = "../../klink-api/examples/capture.rs"]
mod capture_example;

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

    /// The body of one generated struct, prelude paths shortened
    /// (`Option<String>`) however the generator spells them.
    fn generated_struct(&self, name: &str) -> String {
        let types =
            std::fs::read_to_string(self.root().join("klink-api/src/generated/types.rs")).unwrap();
        let start = types
            .find(&format!("pub struct {name} {{"))
            .unwrap_or_else(|| panic!("no struct {name}"));
        let end = types[start..].find("\n}\n").unwrap();
        ["::std::option::", "::std::string::", "::std::vec::"]
            .iter()
            .fold(types[start..start + end].to_owned(), |text, path| {
                text.replace(path, "")
            })
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
        "pub created_at: Option<crate::Timestamp>,",
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
    // The untyped bodies are typed too, but only with --allow-breaking.
    assert_eq!(outcome.edits, 3, "{report}");
    assert!(
        report.contains("Not written: 2 breaking proposal(s)"),
        "{report}"
    );
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
        ..Options::default()
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

/// A held-out capture shaped like K-LINK's traffic (`klink-shaped.har`:
/// contacts with keys the docs never show, `channel` a string where the
/// docs' example shows `null`, a ticket page with `ticketNumber: "51002"`,
/// `priority: 3` and `tags: null`, a PATCH on an unconfirmed path, a
/// 401): every compatible proposal is written, the breaking widenings
/// only when allowed, and a second run changes nothing.
#[test]
fn a_klink_shaped_capture_applies_what_holds_and_widens_only_when_allowed() {
    let scratch = Scratch::new();
    let original = scratch.spec();
    let applied = scratch.learn(&["klink-shaped.har"], true).unwrap();
    let report = &applied.report;
    assert!(applied.written, "{report}");
    assert_eq!(applied.refused, [], "{report}");
    for line in [
        "Contact: add optional `channel` (string; seen in 3 of 3), nullable: null in the spec's example examples/contacts.get.response.200.prefix.json",
        "BREAKING: Ticket.ticketNumber: widen to oneOf [integer, string] (seen: integer ×1, string ×1); Rust type `Option<i64>` -> `Option<TicketTicketNumber { Integer(i64), String(String) }>`",
        "BREAKING: Ticket.priority: widen to oneOf [string, integer] (seen: integer ×1, string ×1)",
        "Ticket.createdAt: not applied: conflict: the captures' 2 strings are all timestamps (`format: date-time`), the spec's example examples/tickets.list.response.200.prefix.json shows one that is not",
        "Not written: 5 breaking proposal(s)",
        "BREAKING: PATCH /api/v1/contacts/{id} (update_contact) response body: type it as the existing `ContactEnvelope` (every body fits it); seen in 1 body; Rust type `Unpublished` -> `ContactEnvelope`",
        "BREAKING: PATCH /api/v1/contacts/{id} (update_contact) request body: type it as a new component `UpdateContactRequest` (object {name: string, notes: string})",
        "  query key sortBy (not documented): string; sent in 1 of 1 request -> proposed",
        "GET /api/v1/tickets (list_tickets): add optional query parameter `order` (string; sent in 1 of 1 requests)",
    ] {
        assert!(report.contains(line), "missing {line:?} in:\n{report}");
    }
    let edited = scratch.spec();
    // Every line stays but the dropped mark.
    let unmarked: String = original
        .lines()
        .filter(|line| line.trim() != "x-klink-path: unconfirmed")
        .map(|line| format!("{line}\n"))
        .collect();
    assert!(keeps_every_line(&unmarked, &edited), "{edited}");
    assert!(edited.contains(
        "        channel:
          type: string
          nullable: true
          description: Learned from captured traffic (seen in 3 of 3 samples); null in the spec's example examples/contacts.get.response.200.prefix.json.
"
    ), "{edited}");
    let spec = codegen::load(scratch.root().join(codegen::SPEC_PATH)).unwrap();
    let ticket = |key: &str| spec.raw["components"]["schemas"]["Ticket"]["properties"][key].clone();
    assert_eq!(ticket("ticketNumber")["type"], "integer");

    let widened = scratch
        .learn_with(&["klink-shaped.har"], |options| {
            options.apply = true;
            options.allow_breaking = true;
        })
        .unwrap();
    assert!(widened.written, "{}", widened.report);
    assert_eq!(widened.refused, []);
    let spec = codegen::load(scratch.root().join(codegen::SPEC_PATH)).unwrap();
    let ticket = |key: &str| spec.raw["components"]["schemas"]["Ticket"]["properties"][key].clone();
    assert_eq!(
        ticket("ticketNumber")["oneOf"],
        serde_json::json!([{"type": "integer"}, {"type": "string"}])
    );
    assert_eq!(ticket("tags")["nullable"], true);
    let update = &spec.raw["paths"]["/api/v1/contacts/{id}"]["patch"];
    assert_eq!(
        update["responses"]["2XX"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/ContactEnvelope"
    );
    assert_eq!(
        update["requestBody"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/UpdateContactRequest"
    );
    assert_eq!(
        spec.raw["components"]["schemas"]["UpdateContactRequest"]["properties"]["notes"]["type"],
        "string"
    );
    xtask::generated_file::generate(scratch.root()).unwrap();
    let builders =
        std::fs::read_to_string(scratch.root().join("klink-api/src/generated/builder.rs")).unwrap();
    assert!(builders.contains("pub fn sort_by<V>"), "no sort_by setter");
    // Query values are never read into the spec: only the key and a type.
    assert!(!scratch.spec().contains("createdAt&"));
    let generated = scratch.generated_struct("Ticket");
    assert!(
        generated.contains("pub ticket_number: Option<TicketTicketNumber>,"),
        "{generated}"
    );

    let widened_spec = scratch.spec();
    let again = scratch
        .learn_with(&["klink-shaped.har"], |options| {
            options.apply = true;
            options.allow_breaking = true;
        })
        .unwrap();
    assert_eq!((again.edits, again.written), (0, false), "{}", again.report);
    assert_eq!(scratch.spec(), widened_spec);
    for secret in [TOKEN, EMAIL, "kpt_9Zq3", "51002", "Somchai"] {
        for text in [&applied.report, &widened.report, &widened_spec] {
            assert!(!text.contains(secret), "{secret} leaked");
        }
    }
}

/// One proposal whose edit cannot hold (here: a schema written in flow
/// style, which the text editor will not guess at) is refused by name;
/// every other one is written.
#[test]
fn a_proposal_that_does_not_hold_is_refused_and_the_others_written() {
    let scratch = Scratch::new();
    let spec_path = scratch.root().join(codegen::SPEC_PATH);
    let block = "      properties:
        id:
          type: string
        name:
          type: string
    ContactEnvelope:";
    let flow = scratch.spec().replacen(
        block,
        "      properties: {id: {type: string}, name: {type: string}}\n    ContactEnvelope:",
        1,
    );
    assert_ne!(flow, scratch.spec(), "Company's block moved");
    std::fs::write(&spec_path, &flow).unwrap();
    let outcome = scratch
        .learn(&["contacts-unseen-fields.har"], true)
        .unwrap();
    let report = &outcome.report;
    assert!(outcome.written, "{report}");
    assert_eq!(outcome.refused.len(), 1, "{report}");
    assert!(
        outcome.refused[0]
            .proposal
            .starts_with("Company: add optional `website`"),
        "{report}"
    );
    assert!(report.contains("Refused: 1 edit"), "{report}");
    let edited = scratch.spec();
    assert!(edited.contains("        address:\n"), "{edited}");
    assert!(!edited.contains("website"), "{edited}");
    codegen::load(&spec_path).unwrap();
}

/// The README's journey, end to end: the capture example's session against
/// its loopback server (K-LINK-shaped: the docs' examples with `channel`
/// set where they show `null`, keys and an envelope key they never show,
/// a ticket whose `ticketNumber` is a string, an undocumented query key),
/// then `learn --apply`, `learn --apply --allow-breaking`, `generate`: the
/// learned fields come out typed, and a second run changes nothing.
#[tokio::test]
async fn the_readme_journey_capture_learn_apply_generate() {
    let scratch = Scratch::new();
    let har = scratch.root().join("s.har");
    let base_url = capture_example::capture_session(&har).await.unwrap();
    let run = |allow_breaking: bool| {
        learn::run(
            scratch.root(),
            &Options {
                files: vec![har.clone()],
                base_urls: vec![base_url.clone()],
                apply: true,
                allow_breaking,
                ..Options::default()
            },
        )
        .unwrap()
    };

    let applied = run(false);
    let report = &applied.report;
    assert!(applied.written, "{report}");
    assert_eq!(applied.refused, [], "{report}");
    for line in [
        "Contact: add optional `channel` (string; seen in 5 of 5), nullable: null in the spec's example examples/contacts.get.response.200.prefix.json",
        "ContactPage: add optional `hasMore` (boolean; seen in 3 of 3)",
        "GET /api/v1/tickets (list_tickets): add optional query parameter `sortBy` (string; sent in 1 of 1 requests)",
        "BREAKING: Ticket.ticketNumber: widen to oneOf [integer, string]",
        "Not written: 2 breaking proposal(s)",
    ] {
        assert!(report.contains(line), "missing {line:?} in:\n{report}");
    }
    let widened = run(true);
    assert!(widened.written, "{}", widened.report);
    assert_eq!(widened.refused, [], "{}", widened.report);

    xtask::generated_file::generate(scratch.root()).unwrap();
    let contact = scratch.generated_struct("Contact");
    for field in [
        "pub channel: Option<String>,",
        "pub notes: Option<String>,",
        "pub created_at: Option<crate::Timestamp>,",
    ] {
        assert!(contact.contains(field), "missing {field:?} in:\n{contact}");
    }
    assert!(
        scratch
            .generated_struct("ContactPage")
            .contains("pub has_more: Option<bool>,")
    );
    let ticket = scratch.generated_struct("Ticket");
    assert!(
        ticket.contains("pub ticket_number: Option<TicketTicketNumber>,"),
        "{ticket}"
    );
    assert!(ticket.contains("pub tags: Option<Vec<"), "{ticket}");

    let spec = scratch.spec();
    let again = run(true);
    assert_eq!((again.edits, again.written), (0, false), "{}", again.report);
    assert_eq!(scratch.spec(), spec, "a second apply changed the spec");
    for captured in [
        capture_example::TOKEN,
        "customer0@example.com",
        "prefers e-mail",
        "Customer 0",
        "51002",
        "createdAt&",
    ] {
        for text in [&applied.report, &widened.report, &spec] {
            assert!(!text.contains(captured), "{captured} was copied");
        }
    }
}
