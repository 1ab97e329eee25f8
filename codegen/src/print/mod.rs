//! Printing: tokens to formatted Rust text ([`mod@format`]) with readable doc
//! comments ([`docs`]), and the files that hold it ([`mod@file`]).

pub(crate) mod docs;
pub(crate) mod file;
pub(crate) mod format;
