//! A parsed file fed into an [`Items`] sink, as [`parse`](super::parse)
//! streams tokens: what the printer does with a product built whole.

use syn::{AttrStyle, Attribute, Item, ItemMod};

use super::{Items, child_path};
use crate::error::Error;

/// Feeds a parsed file into `sink`, item by item, as [`parse`] would.
pub(crate) fn feed(file: syn::File, sink: &mut impl Items) -> Result<(), Error> {
    sink.start(file.attrs)?;
    feed_items(file.items, "", sink)?;
    sink.end()
}

fn feed_items(items: Vec<Item>, at: &str, sink: &mut impl Items) -> Result<(), Error> {
    for item in items {
        match take_apart(item) {
            Part::InlineModule(module, inner, content) => {
                let path = child_path(at, &module.ident);
                sink.open(&path, module, inner)?;
                feed_items(content, &path, sink)?;
                sink.close(&path)?;
            }
            Part::Other(item) => sink.item(at, item)?,
        }
    }
    Ok(())
}

/// An item as a stream sees it.
enum Part {
    /// An inline module (`#[attrs] pub mod name { .. }`) taken apart: its
    /// head with an empty body and its outer attributes, its inner
    /// attributes, and its items.
    InlineModule(ItemMod, Vec<Attribute>, Vec<Item>),
    /// Any other item, as it was.
    Other(Item),
}

fn take_apart(item: Item) -> Part {
    let Item::Mod(mut module) = item else {
        return Part::Other(item);
    };
    let Some((brace, content)) = module.content.take() else {
        return Part::Other(Item::Mod(module));
    };
    module.content = Some((brace, Vec::new()));
    let (inner, outer) = module
        .attrs
        .into_iter()
        .partition(|attr| matches!(attr.style, AttrStyle::Inner(_)));
    module.attrs = outer;
    Part::InlineModule(module, inner, content)
}
