mod extra {
    klink_api::extend!("../../../../tests/extend/tests/compile-fail/pattern-unsupported.yaml");
}

fn main() {}
