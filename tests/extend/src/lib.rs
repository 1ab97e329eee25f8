//! An extension crate as a user would write one: `klink-extra.yaml`
//! (operations klink-api does not have) expanded by `klink_api_extend::extend!`.
//! The tests run it against the loopback server and check that broken
//! extensions do not compile.

/// The typed calls of `klink-extra.yaml`.
pub mod extra {
    klink_api_extend::extend!("klink-extra.yaml");
}
