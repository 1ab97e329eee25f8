mod extra {
    klink_api::extend!("tests/compile-fail/base-operation-id.yaml");
}

fn main() {}
