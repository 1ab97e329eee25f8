mod extra {
    klink_api_extend::extend!("tests/compile-fail/nullable-without-type.yaml");
}

fn main() {}
