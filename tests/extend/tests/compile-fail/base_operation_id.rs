mod extra {
    klink_api_extend::extend!("tests/compile-fail/base-operation-id.yaml");
}

fn main() {}
