mod extra {
    klink_api::extend!("tests/compile-fail/dangling-ref.yaml");
}

fn main() {}
