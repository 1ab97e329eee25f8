mod extra {
    klink_api::extend!("../../../../tests/extend/tests/compile-fail/dangling-ref.yaml");
}

fn main() {}
