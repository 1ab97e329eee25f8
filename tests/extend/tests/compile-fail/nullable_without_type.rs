mod extra {
    klink_api::extend!("tests/compile-fail/nullable-without-type.yaml");
}

fn main() {}
