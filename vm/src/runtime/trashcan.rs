//! Freeing deeply nested objects without deep Rust recursion (CPython's "trashcan",
//! `Py_TRASHCAN_SAFE_BEGIN`/`END` in Include/object.h).
//!
//! Dropping the last reference to a list of a list of … a million levels deep would recurse
//! once per level through `Drop` and overflow the stack. CPython has the same problem and
//! solves it for lists, tuples, dicts, sets, frames, tracebacks and instances of Python
//! classes: past 50 nested deallocations (`PyTrash_UNWIND_LEVEL`) an object is deposited on
//! a list instead of freed, and the outermost deallocation frees the deposited objects, last
//! deposited first. The VM does the same for those kinds, so objects die in CPython's order.
//! Every other kind has no bound in CPython (a long enough chain crashes it); the VM bounds
//! all nested drops at a larger depth the same way, so no input can overflow the stack.

use std::cell::{Cell, RefCell};

use crate::objects::object::HeapPart;
use crate::objects::{Payload, PyObject};

/// `PyTrash_UNWIND_LEVEL`.
const UNWIND_LEVEL: usize = 50;
/// Nested drops of any kind past which the contents are deposited as well.
const ANY_KIND_LEVEL: usize = 5_000;

/// What is left of a dying object once its finalizer had its turn.
type Remains = (Payload, Option<Box<HeapPart>>);

thread_local! {
    /// Nested deallocations of the kinds CPython's trashcan guards (`trash_delete_nesting`).
    static NESTING: Cell<usize> = const { Cell::new(0) };
    /// Nested drops of every kind.
    static ANY_NESTING: Cell<usize> = const { Cell::new(0) };
    /// Deposited contents waiting to be freed (`trash_delete_later`), freed last first.
    static LATER: RefCell<Vec<Remains>> = const { RefCell::new(Vec::new()) };
}

/// Whether CPython's deallocator for an object with these contents uses the trashcan.
fn guarded(payload: &Payload, heap: &Option<Box<HeapPart>>) -> bool {
    heap.is_some()
        || matches!(
            payload,
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Traceback(_)
                | Payload::Frame(_)
        )
}

/// Frees the contents of a dying object: now, or deposited for the outermost free when the
/// nesting is already deep.
pub fn free_contents(obj: &mut PyObject) {
    let guarded = guarded(&obj.payload, &obj.heap);
    let nesting = NESTING.with(Cell::get);
    let any = ANY_NESTING.with(Cell::get);
    let remains = (
        std::mem::replace(&mut obj.payload, Payload::None),
        obj.heap.take(),
    );
    if (guarded && nesting >= UNWIND_LEVEL) || any >= ANY_KIND_LEVEL {
        // Thread-local storage is gone only while the thread exits; then just leak.
        let _ = LATER.try_with(|later| later.borrow_mut().push(remains));
        return;
    }
    enter(guarded);
    drop(remains);
    leave(guarded);
    if nesting == 0 && any == 0 {
        destroy_chain();
    }
}

fn enter(guarded: bool) {
    if guarded {
        NESTING.with(|n| n.set(n.get() + 1));
    }
    ANY_NESTING.with(|n| n.set(n.get() + 1));
}

fn leave(guarded: bool) {
    if guarded {
        NESTING.with(|n| n.set(n.get() - 1));
    }
    ANY_NESTING.with(|n| n.set(n.get() - 1));
}

/// `_PyTrash_destroy_chain`: frees what was deposited, each at nesting one, until nothing
/// more is deposited.
fn destroy_chain() {
    loop {
        let next = LATER
            .try_with(|later| later.borrow_mut().pop())
            .ok()
            .flatten();
        let Some(remains) = next else { break };
        let guarded = guarded(&remains.0, &remains.1);
        enter(guarded);
        drop(remains);
        leave(guarded);
    }
}

#[cfg(test)]
mod tests {
    use crate::objects::{new_list, new_tuple, none, ObjRef};

    /// A test thread's stack is small: freeing these recursively would overflow it.
    #[test]
    fn freeing_deep_nesting_does_not_recurse() {
        let mut list: ObjRef = none();
        for _ in 0..1_000_000 {
            list = new_list(vec![list]);
        }
        drop(list);
        let mut tuple: ObjRef = none();
        for i in 0..1_000_000 {
            tuple = if i % 2 == 0 {
                new_tuple(vec![tuple])
            } else {
                new_list(vec![tuple, none()])
            };
        }
        drop(tuple);
    }
}
