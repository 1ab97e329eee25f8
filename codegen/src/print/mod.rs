//! Printing: tokens to formatted Rust text ([`mod@format`]) with readable doc
//! comments ([`docs`]), prelude names and field shorthand ([`readable`],
//! knowing what each module declares from [`names`]), and the files that
//! hold it ([`mod@file`]).

pub(crate) mod docs;
pub(crate) mod file;
pub(crate) mod format;
pub(crate) mod names;
pub(crate) mod prelude;
pub(crate) mod readable;
pub(crate) mod shorthand;
