mod extra {
    klink_api_extend::extend!("tests/compile-fail/yaml-syntax.yaml");
}

fn main() {}
