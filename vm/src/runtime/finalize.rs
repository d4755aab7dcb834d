//! Finalizers that run Python code when an object is freed — today, closing a generator freed
//! while paused (`gen_dealloc` → `gen_del` → `close()`), which resumes its frame and so prints
//! its trace at the moment of the last `Py_DECREF`.
//!
//! Design: a Rust `Drop` runs at the right moment but cannot reach the `Vm` (it is usually
//! borrowed mutably further up the stack, and `Drop` has no parameters). So `Drop` only moves
//! the paused frame into a per-thread queue, and the VM drains the queue at the points where
//! CPython's `Py_DECREF` of a value the eval loop or a call released would have run the
//! finalizer:
//!
//! - after every instruction (`STORE_*`, `DELETE_*`, `POP_TOP`, `SET_TOP` replacing an
//!   operand, … release values before the next instruction is traced);
//! - after each value the block-stack unwinding, `POP_BLOCK` and a frame's final stack
//!   clearing pop, and after each argument and callable a call pops once it returned (those
//!   loops `Py_DECREF` as they go, so the closing trace comes between their `pop`/`ext_pop`
//!   lines);
//! - right after a call returned, before its arguments are popped (a built-in's argument
//!   tuple, and the callee's frame, are freed there), and after `FOR_ITER`'s `tp_iternext`
//!   (an exhausted iterator drops its sequence inside it, before the iterator is popped);
//! - when a frame is left: after `reset_exc_info` (which can free a traceback) and before
//!   the `=== leave` marker; and when a generator's frame is released after it finished;
//! - at the end of the run (see `session.rs`).
//!
//! Draining takes the whole queue in the order the objects were freed; whatever closing one
//! generator frees is closed right after it, before the next one queued earlier, which is the
//! order of CPython's nested deallocations. The loop is iterative, so a long chain of nested
//! generators does not deepen the Rust stack. The order in which one deallocation frees
//! several values follows CPython's where it shows: lists and tuples free their items last
//! first (`objects/mod.rs`), a frame its locals, then cells, then its stack; a frame left by
//! an exception keeps its locals alive through its traceback entry (`tb_frame`).
//!
//! Known differences in timing: a value freed by native code in the middle of its own work
//! (an item dropped by `list.remove` or by a slice assignment, a dict value replaced by
//! `dict.update`) is closed when that built-in returns, not at the exact point inside it;
//! this shows only when the built-in runs Python code after that point (an `__eq__` or a key
//! function), which is rare. A paused generator kept alive only by a reference cycle is never
//! closed here; CPython's cycle collector leaves those with pending `try` blocks uncollected
//! too, but closes the others whenever a collection happens to run (which prints their
//! `resume`/`leave` lines if they are traced), at points no program can predict.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::eval::frame::Frame;
use crate::runtime::Vm;

/// A generator freed while its frame was paused: the frame, and the generator's repr for an
/// "Exception ... ignored" report.
pub struct AbandonedGenerator {
    pub frame: Box<Frame>,
    pub repr: Vec<u8>,
}

thread_local! {
    static QUEUE: RefCell<Vec<AbandonedGenerator>> = const { RefCell::new(Vec::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Called from `Drop`: queues the frame to be closed. While the thread is being torn down the
/// queue is gone, and the frame is simply freed.
pub fn defer_close(abandoned: AbandonedGenerator) {
    let refused = QUEUE.try_with(|q| match q.try_borrow_mut() {
        Ok(mut q) => {
            q.push(abandoned);
            None
        }
        Err(_) => Some(abandoned),
    });
    match refused {
        Ok(None) => {
            let _ = PENDING.try_with(|p| p.set(true));
        }
        // Dropped outside the borrow, so a nested generator it holds can queue itself.
        Ok(Some(abandoned)) => drop(abandoned),
        Err(_) => {}
    }
}

fn take_queued() -> Vec<AbandonedGenerator> {
    let _ = PENDING.try_with(|p| p.set(false));
    QUEUE
        .try_with(|q| std::mem::take(&mut *q.borrow_mut()))
        .unwrap_or_default()
}

/// Frees the queued frames without closing them (the VM is gone), one at a time: a frame
/// that held another paused generator queues it instead of freeing it recursively.
pub fn discard_pending() {
    loop {
        let queued = take_queued();
        if queued.is_empty() {
            break;
        }
        for abandoned in queued {
            drop(abandoned);
        }
    }
}

impl Vm {
    /// Runs the finalizers of everything freed since the last drain.
    #[inline]
    pub fn run_finalizers(&mut self) {
        if PENDING.try_with(|p| p.get()).unwrap_or(false) {
            self.drain_finalizers();
        }
        if crate::runtime::finalizers::pending() {
            self.run_del_finalizers();
        }
    }

    #[cold]
    fn drain_finalizers(&mut self) {
        let mut work: VecDeque<AbandonedGenerator> = take_queued().into();
        while let Some(next) = work.pop_front() {
            self.close_abandoned(next);
            for freed in take_queued().into_iter().rev() {
                work.push_front(freed);
            }
        }
    }
}
