mod extra {
    klink_api_extend::extend!("tests/compile-fail/pattern-unsupported.yaml");
}

fn main() {}
