//! Freeing deeply nested objects without deep Rust recursion (CPython's "trashcan",
//! `Py_TRASHCAN_SAFE_BEGIN`/`END` in Include/object.h).
//!
//! Dropping the last reference to a list of a list of … a million levels deep would recurse
//! once per level through `Drop` and overflow the stack. CPython has the same problem and
//! solves it for lists, tuples, dicts, sets, frames, tracebacks and instances of Python
//! classes: past 50 nested deallocations (`PyTrash_UNWIND_LEVEL`) an object is deposited on
//! a list instead of freed, and the outermost deallocation frees the deposited objects, last
//! deposited first. The VM does the same for those kinds, so objects die — and `__del__`
//! runs — in CPython's order.
//! Every other kind has no bound in CPython (a long enough chain crashes it); the VM bounds
//! all nested drops at a larger depth the same way, so no input can overflow the stack.

use std::cell::{Cell, RefCell};

use crate::objects::object::HeapPart;
use crate::objects::{Payload, PyObject};

/// `PyTrash_UNWIND_LEVEL`.
const UNWIND_LEVEL: usize = 50;
/// Nested drops of any kind past which the contents are deposited as well.
const ANY_KIND_LEVEL: usize = 5_000;

/// A deposited object's contents, rebuilt into an object when its turn comes.
type Remains = (Payload, Option<Box<HeapPart>>);

thread_local! {
    /// Nested deallocations of the kinds CPython's trashcan guards (`trash_delete_nesting`).
    static NESTING: Cell<usize> = const { Cell::new(0) };
    /// Nested drops of every kind.
    static ANY_NESTING: Cell<usize> = const { Cell::new(0) };
    /// Deposited objects waiting to be freed (`trash_delete_later`), freed last first.
    static LATER: RefCell<Vec<Remains>> = const { RefCell::new(Vec::new()) };
    /// Deposits made only for the VM's own bound on nesting (see `free_contents`).
    static FORCED: Cell<usize> = const { Cell::new(0) };
    /// The trash will be emptied when the outermost free in progress ends: it is a list,
    /// tuple, dict, ... (not an instance of a Python class), or the trash is being emptied.
    static EMPTIES_AFTER: Cell<bool> = const { Cell::new(false) };
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

/// The first step of freeing an object (`Py_TRASHCAN_SAFE_BEGIN`): when the nesting is
/// already deep, the whole object is deposited — its `__del__` included — to be freed by the
/// outermost free, and the caller must do nothing more. `subtype_dealloc` counts one level
/// more before it checks, so an instance of a Python class is deposited one level earlier.
pub fn deposit_if_deep(obj: &mut PyObject) -> bool {
    let guarded = guarded(&obj.payload, &obj.heap);
    let level = if obj.heap.is_some() {
        UNWIND_LEVEL - 1
    } else {
        UNWIND_LEVEL
    };
    let cpython_deep = guarded && NESTING.with(Cell::get) >= level;
    if !cpython_deep && ANY_NESTING.with(Cell::get) < ANY_KIND_LEVEL {
        return false;
    }
    if !cpython_deep {
        FORCED.with(|n| n.set(n.get() + 1));
    }
    let remains = (
        std::mem::replace(&mut obj.payload, Payload::None),
        obj.heap.take(),
    );
    // Thread-local storage is gone only while the thread exits; then the object just leaks.
    let _ = LATER.try_with(|later| later.borrow_mut().push(remains));
    true
}

/// Frees the contents of a dying object one level deeper; the outermost free then frees
/// what was deposited meanwhile (`Py_TRASHCAN_SAFE_END`).
pub fn free_contents(obj: &mut PyObject) {
    let guarded = guarded(&obj.payload, &obj.heap);
    let remains = (
        std::mem::replace(&mut obj.payload, Payload::None),
        obj.heap.take(),
    );
    // `subtype_dealloc` counts itself once more around `Py_TRASHCAN_SAFE_END`, so freeing an
    // instance of a Python class never empties the trash; the next outermost list, tuple,
    // dict, ... does. Deposits CPython would not have made are freed at the outermost drop.
    let empties = guarded && remains.1.is_none();
    let outermost = NESTING.with(Cell::get) == 0 && ANY_NESTING.with(Cell::get) == 0;
    let outer_empties = EMPTIES_AFTER.with(Cell::get);
    if outermost {
        EMPTIES_AFTER.with(|e| e.set(empties));
    }
    enter(guarded);
    drop(remains);
    leave(guarded);
    EMPTIES_AFTER.with(|e| e.set(outer_empties));
    if outermost && (empties || FORCED.with(Cell::get) > 0) {
        destroy_chain();
    }
}

/// Where CPython frees a temporary tuple or dict the VM never makes (the argument tuple of a
/// call to a built-in function): that free, when outermost, empties the trash.
pub fn temporary_freed() {
    let pending = LATER
        .try_with(|later| later.try_borrow().is_ok_and(|l| !l.is_empty()))
        .unwrap_or(false);
    if pending && NESTING.with(Cell::get) == 0 && ANY_NESTING.with(Cell::get) == 0 {
        destroy_chain();
    }
}

/// Where a dying object died: the nesting of guarded frees, and whether the free it died
/// in would empty the trash when it ends.
#[derive(Clone, Copy)]
pub struct DeathSite {
    nesting: usize,
    empties_after: bool,
}

/// Where an object dies now.
pub fn death_site() -> DeathSite {
    DeathSite {
        nesting: NESTING.with(Cell::get),
        empties_after: EMPTIES_AFTER.with(Cell::get),
    }
}

/// Runs `free` where an object died. The VM runs `__del__` later than `subtype_dealloc`
/// does, so the rest of a finalized object is freed afterwards, as deep as it died; and if
/// the free it died in would have emptied the trash when it ended, the trash is emptied
/// now, as that free would have gone on to do.
pub fn free_where_died(site: DeathSite, free: impl FnOnce()) {
    let outer_nesting = NESTING.with(|n| n.replace(site.nesting));
    let outer_empties = EMPTIES_AFTER.with(|e| e.replace(site.empties_after));
    free();
    NESTING.with(|n| n.set(outer_nesting));
    EMPTIES_AFTER.with(|e| e.set(outer_empties));
    if site.empties_after {
        temporary_freed();
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

/// `_PyTrash_thread_destroy_chain`: at nesting one, frees the deposited objects, the last
/// deposited first, including those deposited meanwhile.
fn destroy_chain() {
    FORCED.with(|n| n.set(0));
    let outer_empties = EMPTIES_AFTER.with(|e| e.replace(true));
    enter(true);
    loop {
        let next = LATER
            .try_with(|later| later.borrow_mut().pop())
            .ok()
            .flatten();
        let Some((payload, heap)) = next else { break };
        drop(PyObject { payload, heap });
    }
    leave(true);
    EMPTIES_AFTER.with(|e| e.set(outer_empties));
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
