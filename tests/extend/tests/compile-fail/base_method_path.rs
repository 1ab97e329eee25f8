mod extra {
    klink_api::extend!("tests/compile-fail/base-method-path.yaml");
}

fn main() {}
