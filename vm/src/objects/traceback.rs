//! `traceback`: one entry per frame an exception passed through (Python/traceback.c). The
//! newest entry is the head; printing walks from the outermost frame inward.

use std::rc::Rc;

use super::{ObjRef, PyCode};

pub struct PyTraceback {
    pub next: Option<ObjRef>,
    pub code: Rc<PyCode>,
    pub lasti: i32,
    pub lineno: i32,
}
