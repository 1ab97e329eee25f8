//! Every change to the spec or to codegen shows up here as a snapshot diff
//! to review (`cargo insta review`) before it is accepted.

#[test]
fn generated_client() {
    let spec_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../openapi/klink.yaml");
    let spec = codegen::load(&spec_path).expect("the checked-in spec loads");
    let code = codegen::generate(&spec).expect("the checked-in spec generates");
    insta::assert_snapshot!("generated_client", code);
}
