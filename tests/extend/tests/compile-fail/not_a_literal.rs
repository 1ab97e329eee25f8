mod extra {
    klink_api::extend!(klink_extra_yaml);
}

fn main() {}
