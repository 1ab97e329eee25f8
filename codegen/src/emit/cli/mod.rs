//! The generated half of the `klink` command-line tool
//! (`klink-cli/src/generated_cli.rs`): progenitor's clap CLI, with one
//! subcommand per operation, and the table that names the subcommands and
//! groups them by the spec's tags for `klink --help`.
//!
//! After progenitor: its glob import of the SDK becomes names, the
//! `schemars` bounds and the dead `--json-body-template` flag go, the
//! error callbacks take `klink_api::Error` ([`errors`]), `--json-body`
//! becomes optional where flags build the body ([`json_body`]), and the
//! `--all` walks, the table of subcommands and `NOT_IDEMPOTENT` are added.

mod errors;
mod json_body;

use std::collections::HashMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::visit_mut::{self, VisitMut};
use syn::{TypeParam, TypeParamBound, WherePredicate};

use crate::emit::outside::{in_sdk, parse};
use crate::error::Error;
use crate::model::naming::{builder_name, command_name};
use crate::model::paginated::paginated_operations;
use crate::progenitor::{run_generator_with, settings};
use crate::spec::Spec;

/// Where the generated CLI is written, relative to the workspace root.
pub const CLI_PATH: &str = "klink-cli/src/generated_cli.rs";

/// The SDK crate, as the generated CLI names it: every path in the file
/// names it itself, so klink-cli needs no module for the generated code
/// to find it.
const SDK_CRATE: &str = "::klink_api";

/// The group of operations that have no tag.
const UNTAGGED: (&str, &str) = ("other", "Operations without a tag.");

/// Generates the CLI for a loaded spec: progenitor's, rewritten to stand on
/// its own, with `--all` walks and the table of subcommands.
pub(crate) fn cli(spec: &Spec) -> Result<syn::File, Error> {
    let tokens = run_generator_with(&settings(), spec, |generator, spec| {
        generator.cli(&spec.openapi, SDK_CRATE)
    })?;
    let mut file = parse(spec, in_sdk(tokens))?;
    import_by_name(&mut file);
    // progenitor's output callbacks require `schemars::JsonSchema` of every
    // response type (oxide.rs derives it on its SDK's types). klink-api does
    // not derive it: that would make schemars a dependency of every user of
    // the SDK, and the CLI prints JSON through `Serialize` alone.
    DropJsonSchemaBounds.visit_file_mut(&mut file);
    // progenitor also adds a `--json-body-template` flag that does nothing
    // yet (its help reads "XXX"); a user must not find it.
    DropArg("json-body-template").visit_file_mut(&mut file);
    errors::unify(&mut file);
    // `--json-body` optional where flags can build the whole body.
    json_body::relax(spec, &mut file);
    let paginated: Vec<String> = paginated_operations(spec)
        .into_iter()
        .map(|paginated| paginated.operation_id)
        .collect();
    let functions = Functions::of(&file);
    let walks = walk_all(&functions, &paginated);
    let table = command_table(spec, &functions, &paginated);
    let not_idempotent = errors::not_idempotent(spec);
    let added = parse(spec, quote! { #walks #table #not_idempotent })?;
    file.items.extend(added.items);
    Ok(file)
}

/// progenitor's CLI imports the SDK with a glob (`use ::klink_api::*;`):
/// the glob becomes the names the file uses (its error callbacks name
/// `::klink_api::Error` themselves, see `errors::unify`).
fn import_by_name(file: &mut syn::File) {
    use quote::ToTokens;
    let glob = quote!(
        use ::klink_api::*;
    )
    .to_string();
    file.items.retain(|item| {
        !matches!(item, syn::Item::Use(_)) || item.to_token_stream().to_string() != glob
    });
    let imports: [syn::Item; 1] = [syn::parse_quote!(
        use ::klink_api::{Client, ResponseValue, builder, types};
    )];
    file.items.splice(0..0, imports);
}

/// `Cli::execute_all` and, for each paginated operation, an
/// `execute_<operation>_all`: progenitor's `execute_<operation>` (the
/// request built from the arguments, the override hook) with its ending
/// (`send()` and print one page) replaced by a walk over `stream()`, every
/// item printed. progenitor streams only dropshot-style pagination, which
/// K-LINK does not use.
fn walk_all(functions: &Functions, paginated: &[String]) -> TokenStream {
    let walks = paginated.iter().filter_map(|id| {
        let mut function = functions.get(&format!("execute_{id}"))?.clone();
        let hook = format!("execute_{id}");
        let end = function.block.stmts.iter().position(|stmt| {
            matches!(stmt, syn::Stmt::Expr(syn::Expr::Try(call), _)
                if matches!(&*call.expr, syn::Expr::MethodCall(call) if call.method == hook))
        })?;
        function.block.stmts.truncate(end + 1);
        function.block.stmts.push(syn::parse_quote! {
            return print_every_item(&self.config, request.stream()).await;
        });
        function.sig.ident = format_ident!("execute_{id}_all");
        let name = command_name(id);
        let doc = format!(" `klink {name} --all`: every item of every page, one per line.");
        function.attrs.insert(0, syn::parse_quote!(#[doc = #doc]));
        Some(function)
    });
    let walks: Vec<syn::ImplItemFn> = walks.collect();
    let arms = walks.iter().map(|function| {
        let id = function.sig.ident.to_string();
        let id = id.trim_start_matches("execute_").trim_end_matches("_all");
        let variant = format_ident!("{}", builder_name(id));
        let ident = &function.sig.ident;
        quote! { CliCommand::#variant => self.#ident(matches).await, }
    });
    quote! {
        impl<T: CliConfig> Cli<T> {
            /// Runs a paginated command with `--all`.
            pub async fn execute_all(
                &self,
                cmd: CliCommand,
                matches: &::clap::ArgMatches,
            ) -> anyhow::Result<()> {
                match cmd {
                    #(#arms)*
                    other => anyhow::bail!("`{}` is not paginated", other.operation_id()),
                }
            }

            #(#walks)*
        }

        /// Prints each item of `items` through `output`; the first error
        /// ends the walk (the items before it stay printed) and is returned.
        pub async fn print_every_item<C, S, T>(output: &C, items: S) -> anyhow::Result<()>
        where
            C: CliConfig,
            S: ::futures_util::Stream<Item = ::std::result::Result<T, ::klink_api::Error>>,
            T: ::serde::Serialize + ::std::fmt::Debug,
        {
            let mut items = ::std::pin::pin!(items);
            while let Some(item) = ::futures_util::TryStreamExt::try_next(&mut items).await? {
                output.list_item(&item);
            }
            Ok(())
        }
    }
}

/// The functions of the CLI's `impl` blocks by name (the first of a name),
/// looked up once per operation.
struct Functions<'a>(HashMap<String, &'a syn::ImplItemFn>);

impl<'a> Functions<'a> {
    fn of(cli: &'a syn::File) -> Self {
        let mut functions = HashMap::new();
        for item in &cli.items {
            let syn::Item::Impl(block) = item else {
                continue;
            };
            for item in &block.items {
                if let syn::ImplItem::Fn(function) = item {
                    functions
                        .entry(function.sig.ident.to_string())
                        .or_insert(function);
                }
            }
        }
        Functions(functions)
    }

    /// progenitor's `execute_*` function called `name`.
    fn get(&self, name: &str) -> Option<&'a syn::ImplItemFn> {
        self.0.get(name).copied()
    }
}

/// The operations of one tag.
struct Group<'a> {
    tag: &'a str,
    description: String,
    operations: Vec<&'a openapiv3::Operation>,
}

/// The operations grouped by their first tag: the groups in the order of
/// the spec's `tags` list (the docs' sections), then any tag the list
/// lacks, then the untagged operations; operations in the spec's order.
fn groups(spec: &Spec) -> Vec<Group<'_>> {
    let mut groups: Vec<Group> = spec
        .openapi
        .tags
        .iter()
        .map(|tag| Group {
            tag: &tag.name,
            description: one_line(tag.description.as_deref().unwrap_or_default()),
            operations: Vec::new(),
        })
        .collect();
    for (_, _, operation) in spec.openapi.operations() {
        let (tag, description) = match operation.tags.first() {
            Some(tag) => (tag.as_str(), ""),
            None => UNTAGGED,
        };
        match groups.iter_mut().find(|group| group.tag == tag) {
            Some(group) => group.operations.push(operation),
            None => groups.push(Group {
                tag,
                description: description.to_owned(),
                operations: vec![operation],
            }),
        }
    }
    groups.retain(|group| !group.operations.is_empty());
    // Untagged operations come last whatever the order they were met in.
    groups.sort_by_key(|group| group.tag == UNTAGGED.0);
    groups
}

/// `COMMAND_GROUPS`, and the types it is made of; `cli` is progenitor's
/// generated CLI, which tells which flags set fields of a body.
fn command_table(spec: &Spec, functions: &Functions, paginated: &[String]) -> TokenStream {
    let groups = groups(spec).into_iter().map(|group| {
        let Group {
            tag, description, ..
        } = &group;
        let commands = group.operations.iter().filter_map(|operation| {
            let id = operation.operation_id.as_deref()?;
            let variant = format_ident!("{}", builder_name(id));
            let name = command_name(id);
            let summary = one_line(operation.summary.as_deref().unwrap_or_default());
            let body_flags = body_flags(functions, &format!("execute_{id}"));
            let paginated = paginated.iter().any(|paginated| paginated == id);
            Some(quote! {
                Subcommand {
                    command: CliCommand::#variant,
                    name: #name,
                    summary: #summary,
                    body_flags: &[#(#body_flags),*],
                    paginated: #paginated,
                }
            })
        });
        quote! {
            CommandGroup {
                tag: #tag,
                description: #description,
                commands: &[#(#commands),*],
            }
        }
    });
    quote! {
        /// A group of subcommands in `klink --help`: the operations of one
        /// of the spec's tags (the docs' sections).
        #[derive(Debug)]
        pub struct CommandGroup {
            /// The tag's name.
            pub tag: &'static str,
            /// The tag's description.
            pub description: &'static str,
            /// The group's subcommands, in the spec's order.
            pub commands: &'static [Subcommand],
        }

        /// One subcommand: one operation of the spec.
        #[derive(Debug)]
        pub struct Subcommand {
            /// The generated command.
            pub command: CliCommand,
            /// Its name: the operationId in kebab case.
            pub name: &'static str,
            /// The operation's summary: its line in `klink --help`.
            pub summary: &'static str,
            /// The flags that set one field of the request body. The body
            /// from `--json-body` replaces the whole body, so it cannot be
            /// combined with them.
            pub body_flags: &'static [&'static str],
            /// Whether the operation returns pages, which `--all` walks
            /// (`Cli::execute_all`).
            pub paginated: bool,
        }

        /// Every subcommand, grouped by the spec's tags in the order the
        /// spec lists them; untagged operations last.
        pub const COMMAND_GROUPS: &[CommandGroup] = &[#(#groups),*];
    }
}

/// A description on one line: its lines joined with spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The flags whose value the generated `execute_*` function puts into the
/// request body: those read by an `if let Some(value) =
/// matches.get_one::<T>("flag") { request = request.body_map(..) }`.
fn body_flags(functions: &Functions, function: &str) -> Vec<String> {
    use quote::ToTokens;
    let Some(function) = functions.get(function) else {
        return Vec::new();
    };
    function
        .block
        .stmts
        .iter()
        .filter_map(|stmt| match stmt {
            syn::Stmt::Expr(syn::Expr::If(branch), _) => Some(branch),
            _ => None,
        })
        .filter(|branch| {
            let then = branch.then_branch.to_token_stream().to_string();
            then.contains("body_map")
        })
        .filter_map(|branch| {
            let syn::Expr::Let(condition) = &*branch.cond else {
                return None;
            };
            let syn::Expr::MethodCall(call) = &*condition.expr else {
                return None;
            };
            match call.args.first() {
                Some(syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(flag),
                    ..
                })) if call.method == "get_one" => Some(flag.value()),
                _ => None,
            }
        })
        .collect()
}

/// Removes every `.arg(..)` call that adds the argument with this id.
struct DropArg(&'static str);

impl VisitMut for DropArg {
    fn visit_expr_mut(&mut self, expr: &mut syn::Expr) {
        use quote::ToTokens;
        while let syn::Expr::MethodCall(call) = expr {
            let id = format!("{:?}", self.0);
            let adds_it = call.method == "arg"
                && call
                    .args
                    .first()
                    .is_some_and(|arg| arg.to_token_stream().to_string().contains(&id));
            if !adds_it {
                break;
            }
            *expr = (*call.receiver).clone();
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

/// Removes `schemars::JsonSchema` from every trait bound.
struct DropJsonSchemaBounds;

impl DropJsonSchemaBounds {
    fn keep(bounds: &mut syn::punctuated::Punctuated<TypeParamBound, syn::Token![+]>) {
        *bounds = std::mem::take(bounds)
            .into_iter()
            .filter(|bound| !is_json_schema(bound))
            .collect();
    }
}

impl VisitMut for DropJsonSchemaBounds {
    fn visit_where_predicate_mut(&mut self, predicate: &mut WherePredicate) {
        if let WherePredicate::Type(predicate) = predicate {
            Self::keep(&mut predicate.bounds);
        }
        visit_mut::visit_where_predicate_mut(self, predicate);
    }

    fn visit_type_param_mut(&mut self, param: &mut TypeParam) {
        Self::keep(&mut param.bounds);
        visit_mut::visit_type_param_mut(self, param);
    }
}

fn is_json_schema(bound: &TypeParamBound) -> bool {
    let TypeParamBound::Trait(bound) = bound else {
        return false;
    };
    let names: Vec<String> = bound
        .path
        .segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect();
    names == ["schemars", "JsonSchema"]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subcommand_is_named_as_progenitor_names_it() {
        assert_eq!(command_name("list_cx_logs"), "list-cx-logs");
    }

    #[test]
    fn json_schema_bounds_go_and_the_others_stay() {
        let mut file: syn::File = syn::parse_quote! {
            trait Output {
                fn item<T>(&self, value: &T)
                where
                    T: schemars::JsonSchema + serde::Serialize + std::fmt::Debug;
                fn other<U: schemars::JsonSchema + Clone>(&self);
            }
        };
        DropJsonSchemaBounds.visit_file_mut(&mut file);
        let printed = prettyplease::unparse(&file);
        assert!(!printed.contains("JsonSchema"), "{printed}");
        assert!(
            printed.contains("T: serde::Serialize + std::fmt::Debug"),
            "{printed}"
        );
        assert!(printed.contains("fn other<U: Clone>"), "{printed}");
    }

    #[test]
    fn an_argument_can_be_dropped_from_a_command() {
        let mut file: syn::File = syn::parse_quote! {
            fn command() -> Command {
                Command::new("")
                    .arg(Arg::new("keep").long("keep"))
                    .arg(Arg::new("json-body-template").long("json-body-template"))
                    .about("x")
            }
        };
        DropArg("json-body-template").visit_file_mut(&mut file);
        errors::unify(&mut file);
        let printed = prettyplease::unparse(&file);
        assert!(printed.contains("\"keep\""), "{printed}");
        assert!(!printed.contains("json-body-template"), "{printed}");
        assert!(printed.contains(".about(\"x\")"), "{printed}");
    }

    #[test]
    fn body_flags_are_read_off_the_execute_function() {
        let file: syn::File = syn::parse_quote! {
            impl<T: CliConfig> Cli<T> {
                pub async fn execute_op(&self, matches: &ArgMatches) -> Result<()> {
                    let mut request = self.client.op();
                    if let Some(value) = matches.get_one::<String>("query") {
                        request = request.query(value.clone());
                    }
                    if let Some(value) = matches.get_one::<String>("field") {
                        request = request.body_map(|body| body.field(value.clone()));
                    }
                    Ok(())
                }
            }
        };
        let functions = Functions::of(&file);
        assert_eq!(body_flags(&functions, "execute_op"), ["field"]);
        assert!(body_flags(&functions, "execute_other").is_empty());
    }

    #[test]
    fn a_walk_is_the_execute_function_up_to_the_hook_then_the_stream() {
        let file: syn::File = syn::parse_quote! {
            impl<T: CliConfig> Cli<T> {
                pub async fn execute_list_things(&self, matches: &ArgMatches) -> Result<()> {
                    let mut request = self.client.list_things();
                    if let Some(value) = matches.get_one::<String>("keyword") {
                        request = request.keyword(value.clone());
                    }
                    self.config.execute_list_things(matches, &mut request)?;
                    let result = request.send().await;
                    print(result)
                }
            }
        };
        let walks = walk_all(&Functions::of(&file), &["list_things".to_owned()]);
        let printed = prettyplease::unparse(&syn::parse2(walks).unwrap());
        for part in [
            "CliCommand::ListThings => self.execute_list_things_all(matches).await,",
            "/// `klink list-things --all`: every item of every page, one per line.",
            "pub async fn execute_list_things_all(",
            "request = request.keyword(value.clone());",
            "self.config.execute_list_things(matches, &mut request)?;",
            "return print_every_item(&self.config, request.stream()).await;",
        ] {
            assert!(printed.contains(part), "{part:?} not in:\n{printed}");
        }
        assert!(!printed.contains("send()"), "{printed}");
    }

    #[test]
    fn operations_are_grouped_by_the_tag_list_then_other_tags_then_none() {
        let spec = crate::load_str(
            "spec.yaml",
            r#"
openapi: 3.0.3
info: {title: t, version: "1"}
tags:
  - name: contact
    description: |
      Contacts, their fields
      and tags.
  - name: message
paths:
  /m:
    post: {operationId: send_message, tags: [message], summary: Send., responses: {"200": {description: ok}}}
  /u:
    get: {operationId: untagged_thing, responses: {"200": {description: ok}}}
  /c:
    get: {operationId: list_contacts, tags: [contact], responses: {"200": {description: ok}}}
  /x:
    get: {operationId: list_extras, tags: [extra], responses: {"200": {description: ok}}}
"#,
        )
        .unwrap();
        let listing: Vec<(String, String, Vec<String>)> = groups(&spec)
            .into_iter()
            .map(|group| {
                let ids = group
                    .operations
                    .iter()
                    .map(|op| op.operation_id.clone().unwrap())
                    .collect();
                (group.tag.to_owned(), group.description, ids)
            })
            .collect();
        let expected = [
            (
                "contact",
                "Contacts, their fields and tags.",
                "list_contacts",
            ),
            ("message", "", "send_message"),
            ("extra", "", "list_extras"),
            ("other", "Operations without a tag.", "untagged_thing"),
        ];
        assert_eq!(listing.len(), expected.len(), "{listing:?}");
        for ((tag, description, ids), (e_tag, e_description, e_id)) in listing.iter().zip(expected)
        {
            assert_eq!(
                (tag.as_str(), description.as_str(), ids.as_slice()),
                (e_tag, e_description, &[e_id.to_owned()][..])
            );
        }
    }
}
