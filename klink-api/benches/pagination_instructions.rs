//! The client's instructions for walking a long contact list, with
//! `stream()` and with a hand-written page loop: the work behind the
//! items/s of `pagination.rs`, which move by tens of percent from round to
//! round on a shared machine.
//!
//! `--instructions VARIANT LENGTH` walks a list of `LENGTH` contacts once
//! inside `measured_batches`, for `valgrind --tool=callgrind
//! --toggle-collect=*measured_batches*` (only the client's thread is
//! counted: the server is another), then prints `measured items: N`.
//! `cargo xtask bench` runs it that way and reports the counts per item.
//!
//! This benchmark keeps the system allocator: `pagination.rs` counts the
//! heap through a global allocator of its own, which adds work to every
//! allocation and changes how the compiler inlines the decoding, by about
//! one percent between the two variants.
//!
//! Run by `cargo bench` without those arguments, it walks a short list
//! both ways and checks every item came.

use contact_list::Variant;

mod contact_list;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(at) = args.iter().position(|a| a == "--instructions") else {
        for variant in [Variant::Stream, Variant::HandLoop] {
            let (runtime, client) = contact_list::setup(250);
            measured_batches(&runtime, &client, variant, 250);
        }
        println!(
            "both walks checked; count them with valgrind --tool=callgrind \
             --toggle-collect='*measured_batches*' and --instructions VARIANT LENGTH"
        );
        return;
    };
    let variant = args
        .get(at + 1)
        .and_then(|name| Variant::named(name))
        .expect("--instructions takes a variant name");
    let length = args
        .get(at + 2)
        .and_then(|n| n.parse().ok())
        .expect("--instructions takes a list length");
    let (runtime, client) = contact_list::setup(length);
    measured_batches(&runtime, &client, variant, length);
    println!("measured items: {length}");
}

/// The walk, by name for callgrind's `--toggle-collect` (the walk itself is
/// `contact_list::walk`: a closure in here would be named after this
/// function, and entering it would toggle counting off again).
#[inline(never)]
fn measured_batches(
    runtime: &tokio::runtime::Runtime,
    client: &klink_api::Client,
    variant: Variant,
    length: u64,
) {
    let received = runtime.block_on(contact_list::walk(client, variant));
    assert_eq!(received, length, "every contact came");
}
