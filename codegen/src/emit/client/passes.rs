//! [`Passes`]: the client's passes applied to each item as it streams by,
//! in the order the client module's docs give (`emit::client`).

use syn::{Attribute, Item, ItemMod};

use super::body_builders::BodyBuilders;
use super::lossless::OnePassDecoding;
use super::streams::Streams;
use super::{call_errors, extra_default, messages, requests};
use crate::error::Error;
use crate::items::Items;
use crate::spec::Spec;

/// Every pass over progenitor's client, in order, applied to each item as
/// it streams by; a new pass goes here.
pub(super) struct Passes<'s, S> {
    spec: &'s Spec,
    body_builders: BodyBuilders,
    streams: Streams,
    lossless: OnePassDecoding,
    next: &'s mut S,
}

impl<'s, S: Items> Passes<'s, S> {
    /// The passes over the client generated from `spec`, handing each
    /// item on to `next`; `body_builders` says which type builders stay
    /// (read off the client's tokens before it streams).
    pub(super) fn new(spec: &'s Spec, body_builders: BodyBuilders, next: &'s mut S) -> Self {
        Passes {
            spec,
            body_builders,
            streams: Streams::new(spec),
            lossless: OnePassDecoding::default(),
            next,
        }
    }
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
        // Only request bodies keep typify's builders; the rest go before
        // any pass spends time on them.
        if !self.body_builders.keep(at, &mut item) {
            return Ok(());
        }
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
