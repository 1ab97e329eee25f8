//! Broken extensions do not compile, and the error names the file, the
//! JSON pointer (and the operation, line and column where known). One
//! trybuild run builds every case; the expected messages are the
//! `.stderr` files beside the cases.
//!
//! The cases name their specs relative to this crate's `Cargo.toml`, as a
//! user names theirs. trybuild builds the cases in a scratch crate under
//! the target directory, wherever that is; the macro finds the specs
//! beside the crate the case files belong to (`klink-api-extend`'
//! `base_dir`), so the messages show the paths a user would see.

#[test]
fn broken_extensions_are_compile_errors() {
    trybuild::TestCases::new().compile_fail("tests/compile-fail/*.rs");
}
