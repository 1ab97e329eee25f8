mod extra {
    klink_api_extend::extend!("tests/compile-fail/dangling-ref.yaml");
}

fn main() {}
