mod extra {
    klink_api::extend!("tests/compile-fail/pattern-unsupported.yaml");
}

fn main() {}
