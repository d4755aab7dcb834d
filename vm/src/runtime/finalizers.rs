//! `__del__`. CPython calls it from `Py_DECREF` the moment the last reference goes; here the
//! last `Rc` is dropped in Rust code that cannot reach the VM. So `Drop` moves the dying
//! instance's contents into a fresh object (the resurrection CPython also allows), queues it,
//! and the VM runs the queued finalizers at the next point where it may run Python code: the
//! start of the next instruction, or right after a returning frame was freed. Both come
//! before anything else is printed, so the trace shows the `__del__` frame where CPython
//! does whenever the freeing reference was the instruction's last action.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::{self, ObjRef, Payload, PyObject};
use crate::runtime::trashcan::DeathSite;
use crate::runtime::Vm;

thread_local! {
    /// Each dying object with the trashcan nesting it died at (see `run_del_finalizers`).
    static QUEUE: RefCell<Vec<(ObjRef, DeathSite)>> = const { RefCell::new(Vec::new()) };
}

/// Are finalizers waiting?
#[inline]
pub fn pending() -> bool {
    QUEUE
        .try_with(|q| q.try_borrow().map(|q| !q.is_empty()).unwrap_or(false))
        .unwrap_or(false)
}

/// Whether a class (new- or old-style) or one of its bases defines `__del__`.
fn defines_del(class: &ObjRef) -> bool {
    // Seven bytes: made fresh, without the thread-local string cache.
    let key = objects::new_str_from("__del__");
    let dicts: Vec<ObjRef> = match &class.payload {
        Payload::Type(t) => t
            .mro
            .borrow()
            .iter()
            .filter_map(|c| c.as_type().filter(|t| t.heap).map(|t| t.dict.clone()))
            .collect(),
        Payload::Class(_) => crate::protocols::classes::classic_mro(class)
            .iter()
            .filter_map(|c| match &c.payload {
                Payload::Class(pc) => Some(pc.dict.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    dicts
        .iter()
        .any(|d| crate::protocols::dict::contains_str_key(d, &key))
}

/// Called from `PyObject::drop` for instances of Python-defined classes.
pub fn on_drop(obj: &mut PyObject) {
    let (class, done) = match (&obj.heap, &obj.payload) {
        (Some(h), _) => (h.class.clone(), h.finalized.get()),
        (None, Payload::Instance(pi)) => (pi.class.clone(), pi.finalized.get()),
        _ => return,
    };
    if done || !defines_del(&class) {
        return;
    }
    let ghost = Rc::new(PyObject {
        payload: std::mem::replace(&mut obj.payload, Payload::Null),
        heap: obj.heap.take(),
    });
    match (&ghost.heap, &ghost.payload) {
        (Some(h), _) => h.finalized.set(true),
        (None, Payload::Instance(pi)) => pi.finalized.set(true),
        _ => {}
    }
    let _ = QUEUE.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push((ghost, crate::runtime::trashcan::death_site()));
        }
    });
}

impl Vm {
    /// Runs the queued `__del__` methods; an exception is reported as CPython's
    /// `PyErr_WriteUnraisable` does and otherwise ignored.
    pub fn run_del_finalizers(&mut self) {
        // Each batch runs in the order it was freed; objects freed inside a `__del__` run
        // at that frame's next step, those freed with a finalized object (its `__dict__`)
        // in the next batch, before the VM goes on.
        loop {
            let batch: Vec<(ObjRef, DeathSite)> = QUEUE
                .try_with(|q| q.try_borrow_mut().map(|mut q| std::mem::take(&mut *q)))
                .ok()
                .and_then(|r| r.ok())
                .unwrap_or_default();
            if batch.is_empty() {
                return;
            }
            for (obj, site) in batch {
                if let Ok(Some(method)) = self.user_special(&obj, "__del__") {
                    if let Err(crate::error::PyErr::Exception(e)) =
                        self.call_object(&method, &[], &[])
                    {
                        let repr = self.repr(&method).unwrap_or_default();
                        self.write_unraisable(*e, &repr);
                    }
                }
                // The rest of the object is freed as deep as it died, so a long chain of
                // such objects reaches the trashcan's depth where CPython's does.
                crate::runtime::trashcan::free_where_died(site, || drop(obj));
            }
        }
    }

    /// `_PyModule_Clear` of `__main__` at interpreter exit (the first step of
    /// `PyImport_Cleanup`): names starting with one underscore become None, then all others
    /// but `__builtins__`, each replacement possibly running a `__del__`.
    pub fn clear_main_module(&mut self) {
        let main_key = objects::new_str_from("__main__");
        let modules = self.modules.clone();
        let Ok(Some(main)) = self.dict_get(&modules, &main_key) else {
            return;
        };
        let dict = self.module_dict(&main);
        let single_underscore = |k: &[u8]| k.first() == Some(&b'_') && k.get(1) != Some(&b'_');
        for first_pass in [true, false] {
            let keys: Vec<ObjRef> = match dict.as_dict() {
                Some(d) => d.borrow().entries().map(|(k, _)| k.clone()).collect(),
                None => return,
            };
            for key in keys {
                let Some(name) = key.as_str_bytes().map(|b| b.to_vec()) else {
                    continue;
                };
                let clear = if first_pass {
                    single_underscore(&name)
                } else {
                    name != b"__builtins__"
                };
                let is_none = matches!(self.dict_get(&dict, &key), Ok(Some(v)) if v.is_none());
                if clear && !is_none {
                    let _ = self.dict_set(&dict, key, objects::none());
                    self.run_finalizers();
                }
            }
        }
    }
}
