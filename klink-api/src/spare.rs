//! Per-thread spare buffers, reused from one use to the next instead of
//! allocated afresh: a call's replay buffers (`replay.rs`) and the text of
//! an object's undeclared members (`lossless.rs`).

use std::cell::RefCell;
use std::thread::LocalKey;

/// A thread's spare buffers of one kind.
pub(crate) type Spares<T> = LocalKey<RefCell<Vec<T>>>;

/// A spare buffer, if the thread has one.
pub(crate) fn take<T: 'static>(spares: &'static Spares<T>) -> Option<T> {
    spares
        .try_with(|spare| spare.borrow_mut().pop())
        .ok()
        .flatten()
}

/// Keeps `buffer` (emptied by the caller) for the thread's next use,
/// unless the thread keeps `most` already. During the thread's exit it is
/// just dropped.
pub(crate) fn give_back<T: 'static>(spares: &'static Spares<T>, buffer: T, most: usize) {
    let _ = spares.try_with(|spare| {
        let mut spare = spare.borrow_mut();
        if spare.len() < most {
            spare.push(buffer);
        }
    });
}
