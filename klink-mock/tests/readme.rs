//! The README's complete downstream test is the one that runs.

#[test]
fn the_readme_shows_tests_welcome_rs_verbatim() {
    let readme = include_str!("../README.md");
    let test = include_str!("welcome.rs");
    let section = readme
        .split("## A complete downstream test")
        .nth(1)
        .expect("the README has the section");
    let shown = section
        .split("```rust,ignore\n")
        .nth(1)
        .and_then(|block| block.split("```").next())
        .expect("the section has a Rust block");
    assert_eq!(shown, test, "copy tests/welcome.rs into the README");
}
