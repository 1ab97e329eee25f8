//! Broken extensions do not compile, and the error names the file, the
//! JSON pointer (and the operation, line and column where known). One
//! trybuild run builds every case; the expected messages are the
//! `.stderr` files beside the cases.
//!
//! The cases' spec paths are relative to trybuild's scratch crate
//! (`target/tests/trybuild/klink-extend-tests/`), as a user's are to their
//! crate's `Cargo.toml`.

#[test]
fn broken_extensions_are_compile_errors() {
    trybuild::TestCases::new().compile_fail("tests/compile-fail/*.rs");
}
