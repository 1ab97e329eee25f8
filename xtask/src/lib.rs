//! The logic behind `cargo xtask`, as a library so the workspace tests can
//! drive it on temporary files.

pub mod bench;
pub mod generated_file;
pub mod learn;
