mod extra {
    klink_api::extend!("../../../../tests/extend/tests/compile-fail/example-mismatch.yaml");
}

fn main() {}
