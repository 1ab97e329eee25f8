mod extra {
    klink_api::extend!("tests/compile-fail/example-mismatch.yaml");
}

fn main() {}
