mod extra {
    klink_api_extend::extend!("tests/compile-fail/example-mismatch.yaml");
}

fn main() {}
