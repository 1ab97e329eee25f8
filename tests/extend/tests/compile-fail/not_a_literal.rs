mod extra {
    klink_api_extend::extend!(klink_extra_yaml);
}

fn main() {}
