//! `function`: a code object with its globals, defaults and closure (Objects/funcobject.c).

use std::cell::RefCell;

use super::ObjRef;

pub struct PyFunction {
    /// A `Payload::Code` object; `func_code` may be replaced by another code object.
    pub code: RefCell<ObjRef>,
    pub globals: ObjRef,
    pub name: RefCell<ObjRef>,
    /// A tuple, or None when there are no defaults (`func_defaults`).
    pub defaults: RefCell<Option<ObjRef>>,
    /// A tuple of cells (`func_closure`).
    pub closure: Option<ObjRef>,
    pub doc: RefCell<ObjRef>,
    pub module: RefCell<ObjRef>,
    pub dict: RefCell<Option<ObjRef>>,
}
