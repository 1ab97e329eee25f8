//! The guide's doctests (`guide_doctests` in `src/lib.rs`) expand this
//! crate's `klink-extra.yaml`; it must be the guide's YAML block exactly,
//! so that what the guide shows is what is compiled.

use std::path::Path;

#[test]
fn klink_extra_yaml_is_the_guides_yaml_block() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let guide = std::fs::read_to_string(dir.join("../docs/extending.md")).unwrap();
    let block: String = guide
        .split("\n```yaml\n")
        .nth(1)
        .and_then(|rest| rest.split_once("\n```\n"))
        .map(|(block, _)| format!("{block}\n"))
        .expect("docs/extending.md has a ```yaml block");
    let fixture = std::fs::read_to_string(dir.join("klink-extra.yaml")).unwrap();
    assert!(
        fixture == block,
        "klink-api-extend/klink-extra.yaml differs from the ```yaml block of docs/extending.md: copy the block into the file"
    );
}
