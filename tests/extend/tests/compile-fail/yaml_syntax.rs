mod extra {
    klink_api::extend!("tests/compile-fail/yaml-syntax.yaml");
}

fn main() {}
