//! The client (`klink-api/src/generated/`): progenitor's client, then the
//! project's passes over it, in the order [`Passes`] applies them to each
//! item as the client streams by.

use syn::{Attribute, Item, ItemMod};

use crate::emit::lossless::OnePassDecoding;
use crate::emit::streams::Streams;
use crate::emit::{call_errors, extra_default, messages, requests};
use crate::error::Error;
use crate::items::{self, Collect, Items};
use crate::progenitor::run_generator_with;
use crate::spec::Spec;

/// Where the generated client lives, relative to the workspace root: a
/// module directory whose `mod.rs` holds the client and which has one file
/// per large submodule.
pub const CLIENT_DIR: &str = "klink-api/src/generated";

/// The client's submodules printed into files of their own: the operation
/// builders, the types, and typify's builders for the types (the bulk of
/// the code, which a reader of the types rarely needs).
pub(crate) const CLIENT_SPLIT: [&str; 3] = ["types", "types::builder", "builder"];

/// The client: progenitor's, with every pass applied, streamed into `sink`
/// item by item.
pub(crate) fn write_client(spec: &Spec, sink: &mut impl Items) -> Result<(), Error> {
    write_client_with(spec, &crate::progenitor::settings(), sink)
}

/// The client as one syntax tree.
pub(crate) fn client(spec: &Spec) -> Result<syn::File, Error> {
    client_with(spec, &crate::progenitor::settings())
}

/// [`client`] with other settings (an extension's, which replace the base
/// spec's schemas by klink-api's types): progenitor, then the same passes.
pub(crate) fn client_with(
    spec: &Spec,
    settings: &progenitor_impl::GenerationSettings,
) -> Result<syn::File, Error> {
    let mut file = Collect::default();
    write_client_with(spec, settings, &mut file)?;
    Ok(file.into_file())
}

fn write_client_with(
    spec: &Spec,
    settings: &progenitor_impl::GenerationSettings,
    sink: &mut impl Items,
) -> Result<(), Error> {
    let tokens = run_generator_with(settings, spec, |generator, spec| {
        generator.generate_tokens(&spec.openapi)
    })?;
    // Parsed, rewritten and handed on one item at a time: the client is
    // never one syntax tree, which at a thousand operations would not fit
    // in any cache.
    let mut passes = Passes {
        spec,
        streams: Streams::new(spec),
        lossless: OnePassDecoding::default(),
        next: sink,
    };
    items::parse(&spec.path, tokens, &mut passes)
}

/// Every pass over progenitor's client, in order, applied to each item as
/// it streams by; a new pass goes here.
struct Passes<'s, S> {
    spec: &'s Spec,
    streams: Streams,
    lossless: OnePassDecoding,
    next: &'s mut S,
}

impl<S: Items> Passes<'_, S> {
    /// The passes that need nothing but the item, on progenitor's items and
    /// on the ones the passes add alike; then the item goes on to the sink.
    fn hand_on(&mut self, at: &str, mut item: Item) -> Result<(), Error> {
        // Conversion-failure messages name types as a user writes them.
        messages::readable_type_names(&mut item);
        // Every `send()` fails with `klink_api::Error`; progenitor's
        // constructors leave the public API.
        call_errors::unify(&mut item);
        // URLs from the base parsed once, success bodies decoded by klink-api.
        requests::through_runtime(&mut item);
        self.next.item(at, item)
    }
}

impl<S: Items> Items for Passes<'_, S> {
    fn start(&mut self, inner: Vec<Attribute>) -> Result<(), Error> {
        self.next.start(inner)
    }

    fn open(&mut self, at: &str, module: ItemMod, inner: Vec<Attribute>) -> Result<(), Error> {
        self.next.open(at, module, inner)
    }

    fn item(&mut self, at: &str, mut item: Item) -> Result<(), Error> {
        // typify's builders start a type's `extra` map empty, not unset.
        extra_default::empty_extra(&mut item);
        // `stream()` for the paginated operations reads types and builders.
        self.streams.record(at, &item);
        // Types with an `extra` map derive klink-api's one-pass decode
        // instead of serde's flatten buffering.
        self.lossless
            .item(at, &mut item)
            .map_err(|refused| refused.into_error(self.spec))?;
        self.hand_on(at, item)
    }

    fn close(&mut self, at: &str) -> Result<(), Error> {
        // `stream()`s are appended to `mod builder`.
        for item in self.streams.close(self.spec, at)? {
            self.hand_on(at, item)?;
        }
        self.next.close(at)
    }

    fn end(&mut self) -> Result<(), Error> {
        self.streams.end(self.spec)?;
        self.next.end()
    }
}
