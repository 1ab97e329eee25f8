mod extra {
    klink_api_extend::extend!("tests/compile-fail/base-method-path.yaml");
}

fn main() {}
